import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { notify } from "~/modules/notifications/notify.server";
import { audit } from "~/utils/audit.server";
import { isCheckViolation, type Db } from "~/utils/db.server";
import type { Outcome } from "~/utils/result";

export type CertificateDecision = Outcome<"notFound" | "fourEyes" | "alreadyDecided">;
type Moderator = { id: string };
type Step = "verify" | "sendBack";

/**
 * A moderator's decision on a pending certificate of their districts (another district's: not
 * found), in one transaction. Whoever recorded it never decides it: the module says so first,
 * and the database's CHECK refuses it anyway (its refusal reads the same).
 */
async function decide(db: Db, moderator: Moderator, id: string, step: Step, reason?: string, now = new Date()) {
  try {
    return await db.$transaction(async (tx): Promise<CertificateDecision> => {
      const certificate = await tx.productCertificate.findFirst({
        where: { id, artisan: artisanInStaffDistricts(moderator.id) },
        select: {
          id: true,
          kind: true,
          status: true,
          recordedById: true,
          expiresOn: true,
          artisan: { select: { userId: true } },
        },
      });
      if (!certificate) return { ok: false, reason: "notFound" };
      if (certificate.recordedById === moderator.id) return { ok: false, reason: "fourEyes" };
      const { count } = await tx.productCertificate.updateMany({
        where: { id, status: "PENDING" },
        data:
          step === "verify"
            ? { status: "VERIFIED", decidedById: moderator.id, decidedAt: now, returnReason: null }
            : { status: "RETURNED", decidedById: moderator.id, decidedAt: now, returnReason: reason },
      });
      if (count === 0) return { ok: false, reason: "alreadyDecided" };
      await audit(tx, {
        actorId: moderator.id,
        action: `certificate.${step}`,
        entity: "ProductCertificate",
        entityId: id,
      });
      await notify(tx, {
        userId: certificate.artisan.userId,
        kind: step === "verify" ? "certificate.verified" : "certificate.sentBack",
        payload: { certificateKindCode: certificate.kind, ...(step === "sendBack" ? { reason: reason! } : {}) },
      });
      return { ok: true };
    });
  } catch (error) {
    if (isCheckViolation(error)) return { ok: false, reason: "fourEyes" } as const;
    throw error;
  }
}

export const verifyCertificate = (db: Db, moderator: Moderator, id: string, now?: Date) =>
  decide(db, moderator, id, "verify", undefined, now);

export const sendBackCertificate = (db: Db, moderator: Moderator, id: string, reason: string, now?: Date) =>
  decide(db, moderator, id, "sendBack", reason, now);
