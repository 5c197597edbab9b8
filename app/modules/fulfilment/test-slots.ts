// Test data: a district's weekly pickup slots, as the migration gave every district (admin/pickup-slots changes them).
import type { Db } from "~/utils/db.server";

type SlotTimes = { startsAt: string; endsAt: string; capacity: number };
const CLASSIC: SlotTimes[] = [
  { startsAt: "10:00", endsAt: "13:00", capacity: 8 },
  { startsAt: "14:00", endsAt: "18:00", capacity: 8 },
];

/** The given times on the given weekdays (1 Monday … 7 Sunday); by default both classic times every day. */
export async function giveSlots(db: Db, districtId: string, weekdays = [1, 2, 3, 4, 5, 6, 7], slots = CLASSIC) {
  await db.pickupSlot.createMany({
    data: weekdays.flatMap((weekday) => slots.map((slot) => ({ districtId, weekday, ...slot }))),
  });
}
