import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { notify } from "~/modules/notifications/notify.server";
import { audit } from "~/utils/audit.server";
import type { Db, Tx } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import type { Outcome } from "~/utils/result";
import { RevokeSchema, SendBackSchema, type RevokeInput, type SendBackInput } from "./reasons";
import { fourEyesConflict, grantBlockers, isFourEyesViolation } from "./rules.server";

export type BadgeDecision = Outcome<"notFound" | "fourEyes" | "alreadyDecided" | "notReady" | "reasonRequired">;
type Moderator = { id: string };

const decisionSelect = {
  id: true,
  status: true,
  artisanId: true,
  evidenceId: true,
  requestedById: true,
  evidence: { select: { attestedById: true, countersignedById: true, validUntil: true } },
  artisan: { select: { displayName: true, userId: true } },
} as const;
type Scoped = NonNullable<Awaited<ReturnType<typeof scopedBadge>>>;

const refuse = (reason: Exclude<BadgeDecision, { ok: true }>["reason"]) => ({ ok: false, reason }) as BadgeDecision;
const day = (date: Date | null) => date?.toISOString().slice(0, 10);

function scopedBadge(tx: Tx, moderatorId: string, badgeId: string) {
  return tx.badge.findFirst({
    where: { id: badgeId, artisan: artisanInStaffDistricts(moderatorId) },
    select: decisionSelect,
  });
}

/**
 * One decision in one transaction: the badge of the moderator's districts (else not found), never
 * by someone who asked for it or attested its evidence (four eyes; the database refuses it too, and
 * its refusal reads the same), then the step, whose writes are conditional on the status it saw.
 */
async function decide(
  db: Db,
  moderator: Moderator,
  badgeId: string,
  step: (tx: Tx, badge: Scoped) => Promise<BadgeDecision>,
) {
  try {
    return await db.$transaction(async (tx) => {
      const badge = await scopedBadge(tx, moderator.id, badgeId);
      if (!badge) return refuse("notFound");
      if (fourEyesConflict(badge, moderator.id)) return refuse("fourEyes");
      return step(tx, badge);
    });
  } catch (error) {
    if (isFourEyesViolation(error)) return refuse("fourEyes");
    throw error;
  }
}

/** Grants a pending badge while its evidence counts and has not ended, and the artisan's consent to show it stands. */
export function grantBadge(db: Db, moderator: Moderator, badgeId: string, now = new Date()): Promise<BadgeDecision> {
  return decide(db, moderator, badgeId, async (tx, badge) => {
    if (badge.status !== "PENDING") return refuse("alreadyDecided");
    if ((await grantBlockers(tx, badge, tashkentNow(now).today)).length > 0) return refuse("notReady");
    const validUntil = badge.evidence.validUntil;
    const { count } = await tx.badge.updateMany({
      where: { id: badge.id, status: "PENDING" },
      data: { status: "GRANTED", decidedById: moderator.id, decidedAt: now, validUntil },
    });
    if (count === 0) return refuse("alreadyDecided");
    // A renewal: the badge of the older certificate gives way to this one (no "ended" notice).
    const replaced = await tx.badge.updateMany({
      where: { artisanId: badge.artisanId, status: "GRANTED", id: { not: badge.id } },
      data: { status: "LAPSED", lapsedAt: now },
    });
    await record(tx, moderator, badge, "badge.grant", { evidenceId: badge.evidenceId, replaced: replaced.count });
    // A certificate without an end date has no day to name: its own words say so.
    await notify(tx, {
      userId: badge.artisan.userId,
      kind: validUntil ? "badge.granted" : "badge.grantedNoEnd",
      payload: { artisan: badge.artisan.displayName, ...(validUntil ? { validUntilDay: day(validUntil)! } : {}) },
    });
    return { ok: true };
  });
}

/** Sends a pending request back to the social worker with a reason from the list (and words). */
export function sendBackBadge(db: Db, moderator: Moderator, badgeId: string, input: SendBackInput, now = new Date()) {
  if (!SendBackSchema.safeParse(input).success) return Promise.resolve(refuse("reasonRequired"));
  return decide(db, moderator, badgeId, async (tx, badge) => {
    const { count } = await tx.badge.updateMany({
      where: { id: badge.id, status: "PENDING" },
      data: { status: "REJECTED", decidedById: moderator.id, decidedAt: now, ...reason(input) },
    });
    if (count === 0) return refuse("alreadyDecided");
    await record(tx, moderator, badge, "badge.sendBack", { reasonCode: input.reasonCode });
    const payload = { artisan: badge.artisan.displayName, reasonCode: input.reasonCode, reason: input.text ?? "" };
    for (const userId of new Set([badge.artisan.userId, badge.requestedById]))
      await notify(tx, { userId, kind: "badge.sentBack", payload });
    return { ok: true };
  });
}

/** Takes a granted badge away, with a reason from the list (and words); buyers stop seeing it at once. */
export function revokeBadge(db: Db, moderator: Moderator, badgeId: string, input: RevokeInput, now = new Date()) {
  if (!RevokeSchema.safeParse(input).success) return Promise.resolve(refuse("reasonRequired"));
  return decide(db, moderator, badgeId, async (tx, badge) => {
    const { count } = await tx.badge.updateMany({
      where: { id: badge.id, status: "GRANTED" },
      data: { status: "REVOKED", revokedById: moderator.id, revokedAt: now, ...reason(input) },
    });
    if (count === 0) return refuse("alreadyDecided");
    await record(tx, moderator, badge, "badge.revoke", { reasonCode: input.reasonCode });
    const payload = { artisan: badge.artisan.displayName, reasonCode: input.reasonCode, reason: input.text ?? "" };
    await notify(tx, { userId: badge.artisan.userId, kind: "badge.revoked", payload });
    return { ok: true };
  });
}

const reason = (input: SendBackInput | RevokeInput) => ({
  reasonCode: input.reasonCode,
  decisionReason: input.text || null,
});

/** The audit row: ids and codes only, never the moderator's words or the evidence. */
function record(tx: Tx, moderator: Moderator, badge: Scoped, action: string, detail: Record<string, string | number>) {
  return audit(tx, {
    actorId: moderator.id,
    action,
    entity: "Badge",
    entityId: badge.id,
    detail: { artisanId: badge.artisanId, ...detail },
  });
}
