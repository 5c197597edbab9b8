import { dayOf } from "~/modules/outreach/schemas";
import { audit } from "~/utils/audit.server";
import { isUniqueViolation, type Db } from "~/utils/db.server";
import { dayKey } from "~/utils/days";
import type { Outcome } from "~/utils/result";
import type { ClosedDayInput } from "./slot-schemas";

type Admin = { id: string };
export type CloseDayResult =
  Outcome<"notFound" | "past" | "dayTaken"> | { ok: false; reason: "booked"; bookings: number };

/** The district's closed days from today on, the nearest first. */
export async function upcomingClosedDays(db: Db, districtId: string, today: Date) {
  const rows = await db.pickupClosedDay.findMany({
    where: { districtId, date: { gte: today } },
    orderBy: { date: "asc" },
    select: { id: true, date: true, reason: true },
  });
  return rows.map((row) => ({ ...row, date: dayKey(row.date) }));
}

/**
 * Closes a day for pickups. Refused while pickups are booked on it (they must be moved or
 * cancelled first, so nobody waits at home for a courier who will not come). The day's windows are
 * locked while counting, so a booking cannot slip in between the count and the closing.
 */
export async function closeDay(
  db: Db,
  admin: Admin,
  districtId: string,
  input: ClosedDayInput,
  today: Date,
): Promise<CloseDayResult> {
  const date = dayOf(input.date);
  if (date < today) return { ok: false, reason: "past" };
  try {
    return await db.$transaction(async (tx) => {
      if (!(await tx.district.count({ where: { id: districtId } }))) return { ok: false, reason: "notFound" } as const;
      await tx.$queryRaw`SELECT 1 FROM "PickupWindow" WHERE "districtId" = ${districtId} AND "date" = ${dayKey(date)}::date FOR UPDATE`;
      const bookings = await tx.pickup.count({ where: { pickupWindow: { districtId, date } } });
      if (bookings > 0) return { ok: false, reason: "booked", bookings } as const;
      const row = await tx.pickupClosedDay.create({
        data: { districtId, date, reason: input.reason, createdById: admin.id },
      });
      await audit(tx, {
        actorId: admin.id,
        action: "pickupDay.close",
        entity: "PickupClosedDay",
        entityId: row.id,
        detail: { districtId, date: input.date },
      });
      return { ok: true } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "dayTaken" };
    throw error;
  }
}

/** Opens a closed day again: its windows are made (or offered again) on the next page view. */
export async function reopenDay(db: Db, admin: Admin, districtId: string, id: string): Promise<Outcome<"notFound">> {
  return db.$transaction(async (tx) => {
    const row = await tx.pickupClosedDay.findFirst({ where: { id, districtId }, select: { date: true } });
    // Conditional, so of two admins opening it at once one is told it is gone.
    const { count } = row ? await tx.pickupClosedDay.deleteMany({ where: { id } }) : { count: 0 };
    if (!row || count === 0) return { ok: false, reason: "notFound" } as const;
    await audit(tx, {
      actorId: admin.id,
      action: "pickupDay.reopen",
      entity: "PickupClosedDay",
      entityId: id,
      detail: { districtId, date: dayKey(row.date) },
    });
    return { ok: true } as const;
  });
}
