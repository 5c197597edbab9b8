import type { Prisma } from "~/generated/prisma/client";

// The demo week of every district: the same two times as the seeded pickup windows (config.ts),
// every day, so the windows made later from the template match the ones the seed wrote.
const DEMO_WEEK = [
  { startsAt: "10:00", endsAt: "13:00", capacity: 8 },
  { startsAt: "14:00", endsAt: "17:00", capacity: 8 },
] as const;

/** Each district's weekly pickup slots (admin/pickup-slots changes them): 7 days × DEMO_WEEK. */
export function buildPickupSlots(districts: readonly { id?: string }[]): Prisma.PickupSlotCreateManyInput[] {
  return districts.flatMap(({ id }) => {
    if (!id) throw new Error("A seeded district needs its id for its pickup slots");
    return [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => DEMO_WEEK.map((slot) => ({ districtId: id, weekday, ...slot })));
  });
}
