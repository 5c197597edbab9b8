import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { readEvidenceDetails, type EvidenceDetails } from "~/modules/verification/evidence.server";
import type { Db } from "~/utils/db.server";
import type { Outcome } from "~/utils/result";
import { fourEyesConflict } from "./rules.server";

/**
 * The disability group and certificate number behind a badge, for the moderator about to decide
 * it (a pending request, or a granted badge they may take away): opened on request, one audit row
 * ("evidence.read" on the artisan) per opening, the values only in the answer — never in a URL or
 * a log. Another district's badge is not found; someone who may not decide it does not see them.
 */
export async function showCertificate(
  db: Db,
  moderator: { id: string },
  badgeId: string,
): Promise<Outcome<"notFound" | "fourEyes" | "alreadyDecided", { details: EvidenceDetails }>> {
  return db.$transaction(async (tx) => {
    const badge = await tx.badge.findFirst({
      where: { id: badgeId, artisan: artisanInStaffDistricts(moderator.id) },
      select: {
        status: true,
        evidenceId: true,
        requestedById: true,
        evidence: { select: { attestedById: true, countersignedById: true } },
      },
    });
    if (!badge) return { ok: false, reason: "notFound" };
    if (fourEyesConflict(badge, moderator.id)) return { ok: false, reason: "fourEyes" };
    if (badge.status !== "PENDING" && badge.status !== "GRANTED") return { ok: false, reason: "alreadyDecided" };
    const details = await readEvidenceDetails(tx, badge.evidenceId, {
      actorId: moderator.id,
      purpose: "badgeDecision",
    });
    return details ? { ok: true, details } : { ok: false, reason: "notFound" };
  });
}
