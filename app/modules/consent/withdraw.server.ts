import type { ConsentPurpose } from "~/generated/prisma/enums";
import type { StudioActor } from "~/modules/assisted/studio-actor.server";
import { notify } from "~/modules/notifications/notify.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import type { Outcome } from "~/utils/result";

/**
 * The artisan takes a consent back (alone, or through a helper acting for them). One transaction:
 * the standing consent is closed by a conditional write (so a second press, or two tabs, refuse),
 * the act is audited with both names, and the artisan's social worker is told. Every reader of a
 * consent (the public badge, the courier's address, assisted mode) checks it per request, so it
 * stops at the next one. Giving it again is a social worker's witnessed act, not done here.
 */
export async function withdrawConsent(
  db: Db,
  actor: Pick<StudioActor, "actorId" | "onBehalfOf">,
  artisanId: string,
  purpose: ConsentPurpose,
): Promise<Outcome<"notGiven">> {
  return db.$transaction(async (tx) => {
    const standing = await tx.consent.findFirst({
      where: { artisanId, purpose, revokedAt: null },
      select: { id: true, artisan: { select: { displayName: true, socialWorkerId: true } } },
    });
    const closed = standing
      ? await tx.consent.updateMany({
          where: { id: standing.id, revokedAt: null },
          data: { revokedAt: new Date(), revokedById: actor.actorId },
        })
      : { count: 0 };
    if (!standing || closed.count === 0) return { ok: false as const, reason: "notGiven" as const };
    await audit(tx, {
      actorId: actor.actorId,
      onBehalfOf: actor.onBehalfOf,
      action: "consent.withdraw",
      entity: "Consent",
      entityId: standing.id,
      detail: { purpose, artisanId },
    });
    const { displayName, socialWorkerId } = standing.artisan;
    if (socialWorkerId) {
      await notify(tx, {
        userId: socialWorkerId,
        kind: "consent.withdrawn",
        payload: { artisan: displayName, artisanId, purposeCode: purpose },
      });
    }
    return { ok: true as const };
  });
}
