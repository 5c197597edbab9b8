import { dayOf } from "~/modules/outreach/schemas";
import { audit } from "~/utils/audit.server";
import { isUniqueViolation, type Db } from "~/utils/db.server";
import { dayKey } from "~/utils/days";
import { fromMinor, som, toMinorBigInt } from "~/utils/money";
import type { Outcome } from "~/utils/result";
import type { BcaInput } from "./programme-schemas";

type Admin = { id: string };

/**
 * Every dated value, the newest first, marking the one in force on `today`. Only a value that has
 * not started yet may be removed: claims decided since a value started were decided under it.
 */
export async function bcaHistory(db: Db, today: Date) {
  const rows = await db.baseCalculationAmount.findMany({ orderBy: { effectiveFrom: "desc" } });
  const inForce = rows.find((row) => row.effectiveFrom <= today);
  return rows.map((row) => ({
    id: row.id,
    amount: fromMinor(row.amountMinor),
    effectiveFrom: dayKey(row.effectiveFrom),
    inForce: row === inForce,
    removable: row.effectiveFrom > today,
  }));
}

/**
 * A new value from a day, today or later: an earlier start would rewrite what was in force when
 * claims were decided. One value a day (the database's unique date says so too).
 */
export async function addBca(
  db: Db,
  admin: Admin,
  input: BcaInput,
  today: Date,
): Promise<Outcome<"past" | "dateTaken">> {
  const effectiveFrom = dayOf(input.effectiveFrom);
  if (effectiveFrom < today) return { ok: false, reason: "past" };
  const amountMinor = toMinorBigInt(som(input.amountSom));
  try {
    await db.$transaction(async (tx) => {
      const row = await tx.baseCalculationAmount.create({
        data: { amountMinor, effectiveFrom, createdById: admin.id },
      });
      await audit(tx, {
        actorId: admin.id,
        action: "bca.add",
        entity: "BaseCalculationAmount",
        entityId: row.id,
        detail: { effectiveFrom: input.effectiveFrom, amountMinor: Number(amountMinor) },
      });
    });
    return { ok: true };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "dateTaken" };
    throw error;
  }
}

/** Removes a value that has not started yet (a mistake, or a decree withdrawn); a started one stays. */
export async function removeBca(
  db: Db,
  admin: Admin,
  id: string,
  today: Date,
): Promise<Outcome<"notFound" | "started">> {
  return db.$transaction(async (tx) => {
    const row = await tx.baseCalculationAmount.findUnique({ where: { id } });
    if (!row) return { ok: false, reason: "notFound" } as const;
    const { count } = await tx.baseCalculationAmount.deleteMany({ where: { id, effectiveFrom: { gt: today } } });
    if (count === 0) return { ok: false, reason: "started" } as const;
    await audit(tx, {
      actorId: admin.id,
      action: "bca.remove",
      entity: "BaseCalculationAmount",
      entityId: id,
      detail: { effectiveFrom: dayKey(row.effectiveFrom), amountMinor: Number(row.amountMinor) },
    });
    return { ok: true } as const;
  });
}
