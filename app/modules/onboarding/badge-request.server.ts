import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { notify } from "~/modules/notifications/notify.server";
import { countingEvidence } from "~/modules/verification/evidence-rules";
import { audit } from "~/utils/audit.server";
import { districtStaff } from "~/utils/staff-districts.server";
import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import type { Outcome } from "~/utils/result";
import { workerPowers } from "./levels.server";

export type BadgeRequestRefusal = "notFound" | "levelTooLow" | "noEvidence" | "noConsent" | "alreadyOpen";

/**
 * Step 8: with evidence that counts (and is still valid) and the public-badge consent standing, a
 * level-B-or-above worker asks the district's moderators for the badge. One open request per
 * artisan (also a partial unique index); the moderators are told.
 */
export async function requestBadge(
  db: Db,
  worker: { id: string },
  artisanId: string,
): Promise<Outcome<BadgeRequestRefusal>> {
  const { today } = tashkentNow();
  const powers = await workerPowers(db, worker.id);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "ArtisanProfile" WHERE "id" = ${artisanId} FOR UPDATE`;
    const artisan = await tx.artisanProfile.findFirst({
      where: { id: artisanId, ...artisanInStaffDistricts(worker.id) },
      select: {
        displayName: true,
        districtId: true,
        evidence: { where: countingEvidence, select: { id: true, validUntil: true }, take: 1 },
        consents: { where: { purpose: "PUBLIC_PROFILE_BADGE", revokedAt: null }, select: { id: true } },
        badges: { where: { status: "PENDING" }, select: { id: true } },
      },
    });
    if (!artisan) return { ok: false as const, reason: "notFound" as const };
    if (!powers.mayRequestBadge) return { ok: false as const, reason: "levelTooLow" as const };
    const evidence = artisan.evidence[0];
    if (!evidence || (evidence.validUntil && evidence.validUntil < today))
      return { ok: false as const, reason: "noEvidence" as const };
    if (artisan.consents.length === 0) return { ok: false as const, reason: "noConsent" as const };
    if (artisan.badges.length > 0) return { ok: false as const, reason: "alreadyOpen" as const };
    const badge = await tx.badge.create({
      data: { artisanId, evidenceId: evidence.id, requestedById: worker.id },
      select: { id: true },
    });
    for (const moderator of await districtStaff(tx, artisan.districtId, "MODERATOR")) {
      await notify(tx, {
        userId: moderator.id,
        kind: "badge.requested",
        payload: { artisan: artisan.displayName, badgeId: badge.id },
      });
    }
    await audit(tx, { actorId: worker.id, action: "badge.request", entity: "Badge", entityId: badge.id });
    return { ok: true as const };
  });
}
