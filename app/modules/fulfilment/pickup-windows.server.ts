import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import { addDays } from "~/utils/days";

type WindowDb = Pick<Db, "pickupWindow" | "pickupSlot" | "pickupClosedDay">;

/** How many days ahead an artisan can book a pickup, today included. */
export const PICKUP_DAYS = 7;

/** 1 Monday … 7 Sunday, as PickupSlot.weekday counts, of a day held as its UTC midnight. */
export const isoWeekday = (day: Date) => ((day.getUTCDay() + 6) % 7) + 1;

type SlotTimes = { weekday: number; startsAt: string; endsAt: string };
type WindowTimes = { date: Date; startsAt: string; endsAt: string };

/** Whether the district's weekly template still has this window's slot (it may have been removed since). */
export const inTemplate = (slots: readonly SlotTimes[], window: WindowTimes) =>
  slots.some(
    (slot) =>
      slot.weekday === isoWeekday(window.date) && slot.startsAt === window.startsAt && slot.endsAt === window.endsAt,
  );

/**
 * Keeps the next PICKUP_DAYS days' windows of a district present, from the district's weekly slots
 * (admin/pickup-slots) and never on its closed days: one insert that skips windows already there, so
 * calling it on every page view is cheap and two calls at once cannot clash. A window made earlier
 * stays as it is, since bookings refer to it; offeredWindows decides whether it is still offered.
 */
export async function ensurePickupWindows(db: WindowDb, districtId: string, today: Date) {
  const until = addDays(today, PICKUP_DAYS);
  const [slots, closed] = await Promise.all([
    db.pickupSlot.findMany({ where: { districtId } }),
    db.pickupClosedDay.findMany({ where: { districtId, date: { gte: today, lt: until } }, select: { date: true } }),
  ]);
  const closedTimes = new Set(closed.map((day) => day.date.getTime()));
  const data = Array.from({ length: PICKUP_DAYS }, (_, day) => addDays(today, day))
    .filter((date) => !closedTimes.has(date.getTime()))
    .flatMap((date) =>
      slots
        .filter((slot) => slot.weekday === isoWeekday(date))
        .map(({ startsAt, endsAt, capacity }) => ({ districtId, date, startsAt, endsAt, capacity })),
    );
  if (data.length > 0) await db.pickupWindow.createMany({ data, skipDuplicates: true });
}

/**
 * Whether a window can be booked at all: not on a closed day, and its slot still in the template —
 * or, when the slot was removed, still kept for the bookings it already has.
 */
export async function windowBookable(
  db: WindowDb & Pick<Db, "pickup">,
  window: WindowTimes & { id: string; districtId: string },
) {
  const [closed, slots, booked] = await Promise.all([
    db.pickupClosedDay.count({ where: { districtId: window.districtId, date: window.date } }),
    db.pickupSlot.findMany({
      where: { districtId: window.districtId },
      select: { weekday: true, startsAt: true, endsAt: true },
    }),
    db.pickup.count({ where: { pickupWindowId: window.id } }),
  ]);
  return closed === 0 && (inTemplate(slots, window) || booked > 0);
}

/**
 * The windows an artisan of this district can choose now: today's only before `sameDayUntil`
 * (a courier needs the morning to plan), then the next days; none on a closed day; full ones, and
 * ones whose slot was removed and that nobody booked, left out — except `keepId`, the window
 * already chosen.
 */
export async function offeredWindows(
  db: WindowDb,
  districtId: string,
  now: Date,
  sameDayUntil: string,
  keepId?: string | null,
) {
  const { today, time } = tashkentNow(now);
  await ensurePickupWindows(db, districtId, today);
  const first = time < sameDayUntil ? today : addDays(today, 1);
  const until = addDays(today, PICKUP_DAYS);
  const [windows, slots, closed] = await Promise.all([
    db.pickupWindow.findMany({
      where: { districtId, date: { gte: first, lt: until } },
      orderBy: [{ date: "asc" }, { startsAt: "asc" }],
      select: {
        id: true,
        date: true,
        startsAt: true,
        endsAt: true,
        capacity: true,
        _count: { select: { pickups: true } },
      },
    }),
    db.pickupSlot.findMany({ where: { districtId }, select: { weekday: true, startsAt: true, endsAt: true } }),
    db.pickupClosedDay.findMany({ where: { districtId, date: { gte: first, lt: until } }, select: { date: true } }),
  ]);
  const closedTimes = new Set(closed.map((day) => day.date.getTime()));
  return windows
    .filter((w) => !closedTimes.has(w.date.getTime()))
    .filter((w) => inTemplate(slots, w) || w._count.pickups > 0 || w.id === keepId)
    .map(({ _count, ...w }) => ({ ...w, free: w.capacity - _count.pickups }))
    .filter((w) => w.free > 0 || w.id === keepId);
}
