import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { notify } from "~/modules/notifications/notify.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { fromMinor } from "~/utils/money";
import type { Outcome } from "~/utils/result";
import type { PayoutMethod } from "./payout-methods";

/** Artisans in the staff member's districts whom Hunarmand owes money, largest balance first. */
export async function artisansOwed(db: Db, staffUserId: string) {
  const sums = await db.ledgerEntry.groupBy({
    by: ["artisanId"],
    where: { artisan: artisanInStaffDistricts(staffUserId) },
    _sum: { amountMinor: true },
  });
  const owed = sums.filter((s) => (s._sum.amountMinor ?? 0n) > 0n);
  const profiles = await db.artisanProfile.findMany({
    where: { id: { in: owed.map((s) => s.artisanId) } },
    select: { id: true, displayName: true, district: { select: { nameUz: true, nameRu: true, nameEn: true } } },
  });
  return owed
    .map((s) => ({ ...profiles.find((p) => p.id === s.artisanId)!, balance: fromMinor(s._sum.amountMinor!) }))
    .sort((a, b) => b.balance.minor - a.balance.minor);
}

export type RecordPayoutInput = {
  staffUserId: string;
  artisanId: string;
  amountMinor: bigint;
  method: PayoutMethod;
  reference: string;
};
export type RecordPayoutResult = Outcome<"notFound" | "moreThanOwed">;

/**
 * Records money handed to an artisan: a Payout and a PAYOUT ledger line in one transaction, never
 * more than the balance (the artisan row is locked, so two staff paying at once cannot both take
 * it), only for artisans in the staff member's districts, audited, the artisan told.
 */
export async function recordPayout(db: Db, input: RecordPayoutInput, now = new Date()): Promise<RecordPayoutResult> {
  return db.$transaction(async (tx) => {
    const artisan = await tx.artisanProfile.findFirst({
      where: { id: input.artisanId, ...artisanInStaffDistricts(input.staffUserId) },
      select: { id: true, userId: true },
    });
    if (!artisan) return { ok: false, reason: "notFound" } as const;
    await tx.$queryRaw`SELECT 1 FROM "ArtisanProfile" WHERE "id" = ${artisan.id} FOR UPDATE`;
    const balance =
      (await tx.ledgerEntry.aggregate({ where: { artisanId: artisan.id }, _sum: { amountMinor: true } }))._sum
        .amountMinor ?? 0n;
    if (input.amountMinor > balance) return { ok: false, reason: "moreThanOwed" } as const;
    const payout = await tx.payout.create({
      data: {
        artisanId: artisan.id,
        amountMinor: input.amountMinor,
        method: input.method,
        reference: input.reference,
        recordedById: input.staffUserId,
        paidAt: now,
      },
    });
    await tx.ledgerEntry.create({
      data: {
        artisanId: artisan.id,
        kind: "PAYOUT",
        amountMinor: -input.amountMinor,
        payoutId: payout.id,
        note: input.reference,
        createdAt: now,
      },
    });
    await audit(tx, {
      actorId: input.staffUserId,
      action: "payout.recorded",
      entity: "Payout",
      entityId: payout.id,
      detail: { artisanId: artisan.id },
    });
    await notify(tx, {
      userId: artisan.userId,
      kind: "payout.recorded",
      payload: { amountMinor: Number(input.amountMinor) },
    });
    return { ok: true } as const;
  });
}
