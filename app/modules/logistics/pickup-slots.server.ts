import { audit } from "~/utils/audit.server";
import type { Db, Tx } from "~/utils/db.server";
import { dayKey } from "~/utils/days";
import type { Outcome } from "~/utils/result";
import type { AddSlotInput } from "./slot-schemas";

type Admin = { id: string };
type Slot = { id: string; weekday: number; startsAt: string; endsAt: string; capacity: number };

/** The district's weekly template: each weekday 1 (Monday) … 7 (Sunday) with its windows by start. */
export async function slotWeek(db: Db, districtId: string) {
  const slots = await db.pickupSlot.findMany({
    where: { districtId },
    orderBy: [{ weekday: "asc" }, { startsAt: "asc" }],
    select: { id: true, weekday: true, startsAt: true, endsAt: true, capacity: true },
  });
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, slots: slots.filter((s) => s.weekday === weekday) }));
}

/** One admin's change to a district's template at a time: two adds at once cannot both miss an overlap. */
async function lockDistrict(tx: Tx, districtId: string) {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "District" WHERE "id" = ${districtId} FOR UPDATE`;
  return rows.length > 0;
}

const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/**
 * Adds the same window to each chosen weekday; refused as a whole (with the weekdays) when it
 * overlaps a window already on one of them, since a courier cannot be in two windows at once.
 */
export async function addSlots(
  db: Db,
  admin: Admin,
  districtId: string,
  input: AddSlotInput,
): Promise<Outcome<"notFound"> | { ok: false; reason: "overlap"; weekdays: number[] }> {
  return db.$transaction(async (tx) => {
    if (!(await lockDistrict(tx, districtId))) return { ok: false, reason: "notFound" } as const;
    const weekdays = input.weekday.map(Number);
    const existing = await tx.pickupSlot.findMany({ where: { districtId, weekday: { in: weekdays } } });
    const clashing = [...new Set(existing.filter((slot) => overlaps(slot, input)).map((slot) => slot.weekday))];
    if (clashing.length > 0) return { ok: false, reason: "overlap", weekdays: clashing.sort() } as const;
    const { startsAt, endsAt, capacity } = input;
    await tx.pickupSlot.createMany({
      data: weekdays.map((weekday) => ({ districtId, weekday, startsAt, endsAt, capacity })),
    });
    await audit(tx, {
      actorId: admin.id,
      action: "pickupSlot.add",
      entity: "District",
      entityId: districtId,
      detail: { weekdays, startsAt, endsAt, capacity },
    });
    return { ok: true } as const;
  });
}

/** The slot, when it is this district's. */
const findSlot = (tx: Tx, districtId: string, slotId: string): Promise<Slot | null> =>
  tx.pickupSlot.findFirst({
    where: { id: slotId, districtId },
    select: { id: true, weekday: true, startsAt: true, endsAt: true, capacity: true },
  });

const slotDetail = (slot: Slot) => ({ weekday: slot.weekday, startsAt: slot.startsAt, endsAt: slot.endsAt });

/**
 * Removes a window from the template. Windows already made from it stay (bookings refer to them);
 * those nobody booked are no longer offered, and no new ones are made.
 */
export async function removeSlot(
  db: Db,
  admin: Admin,
  districtId: string,
  slotId: string,
): Promise<Outcome<"notFound">> {
  return db.$transaction(async (tx) => {
    await lockDistrict(tx, districtId);
    const slot = await findSlot(tx, districtId, slotId);
    if (!slot) return { ok: false, reason: "notFound" } as const;
    await tx.pickupSlot.delete({ where: { id: slot.id } });
    await audit(tx, {
      actorId: admin.id,
      action: "pickupSlot.remove",
      entity: "District",
      entityId: districtId,
      detail: { ...slotDetail(slot), capacity: slot.capacity },
    });
    return { ok: true } as const;
  });
}

/**
 * A new capacity for a window of the template. The windows already made from it, today on, take
 * it too — never fewer places than they have bookings — so the change is felt this week.
 */
export async function changeCapacity(
  db: Db,
  admin: Admin,
  districtId: string,
  input: { slotId: string; capacity: number },
  today: Date,
): Promise<Outcome<"notFound">> {
  return db.$transaction(async (tx) => {
    await lockDistrict(tx, districtId);
    const slot = await findSlot(tx, districtId, input.slotId);
    if (!slot) return { ok: false, reason: "notFound" } as const;
    await tx.pickupSlot.update({ where: { id: slot.id }, data: { capacity: input.capacity } });
    await tx.$executeRaw`
      UPDATE "PickupWindow" w
      SET "capacity" = GREATEST(${input.capacity}::int,
        (SELECT count(*)::int FROM "Pickup" p WHERE p."pickupWindowId" = w."id"))
      WHERE w."districtId" = ${districtId} AND w."date" >= ${dayKey(today)}::date
        AND w."startsAt" = ${slot.startsAt} AND w."endsAt" = ${slot.endsAt}
        AND EXTRACT(ISODOW FROM w."date") = ${slot.weekday}`;
    await audit(tx, {
      actorId: admin.id,
      action: "pickupSlot.capacity",
      entity: "District",
      entityId: districtId,
      detail: { ...slotDetail(slot), from: slot.capacity, to: input.capacity },
    });
    return { ok: true } as const;
  });
}
