import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import { addDays } from "~/utils/days";

type WindowDb = Pick<Db, "pickupWindow">;

/** Each district's daily courier slots (Tashkent time) and how many homes a courier visits in one. */
export const SLOT_TEMPLATE = [
  { startsAt: "10:00", endsAt: "13:00", capacity: 8 },
  { startsAt: "14:00", endsAt: "18:00", capacity: 8 },
] as const;

/** How many days ahead an artisan can book a pickup, today included. */
export const PICKUP_DAYS = 7;

/**
 * Keeps the next PICKUP_DAYS days' windows of a district present (seeded windows are dated around
 * a fixed day, and nobody keeps a calendar by hand): one insert that skips windows already there,
 * so calling it on every page view is cheap and two calls at once cannot clash.
 */
export async function ensurePickupWindows(db: WindowDb, districtId: string, today: Date) {
  const data = Array.from({ length: PICKUP_DAYS }, (_, day) => addDays(today, day)).flatMap((date) =>
    SLOT_TEMPLATE.map((slot) => ({ districtId, date, ...slot })),
  );
  await db.pickupWindow.createMany({ data, skipDuplicates: true });
}

/**
 * The windows an artisan of this district can choose now: today's only before `sameDayUntil`
 * (a courier needs the morning to plan), then the next days; full ones left out, except
 * `keepId`, the window already chosen.
 */
export async function offeredWindows(
  db: Pick<Db, "pickupWindow">,
  districtId: string,
  now: Date,
  sameDayUntil: string,
  keepId?: string | null,
) {
  const { today, time } = tashkentNow(now);
  await ensurePickupWindows(db, districtId, today);
  const first = time < sameDayUntil ? today : addDays(today, 1);
  const windows = await db.pickupWindow.findMany({
    where: { districtId, date: { gte: first, lt: addDays(today, PICKUP_DAYS) } },
    orderBy: [{ date: "asc" }, { startsAt: "asc" }],
    select: {
      id: true,
      date: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      _count: { select: { pickups: true } },
    },
  });
  return windows
    .map(({ _count, ...w }) => ({ ...w, free: w.capacity - _count.pickups }))
    .filter((w) => w.free > 0 || w.id === keepId);
}
