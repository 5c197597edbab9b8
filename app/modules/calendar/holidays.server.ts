import type { Db } from "~/utils/db.server";
import { addWorkingDays, dayKey } from "~/utils/days";

/** The public holidays from `from` on (a year ahead is plenty for any deadline), as day keys. */
export async function holidaysFrom(db: Pick<Db, "publicHoliday">, from: Date): Promise<Set<string>> {
  const rows = await db.publicHoliday.findMany({ where: { day: { gte: from } }, select: { day: true } });
  return new Set(rows.map((row) => dayKey(row.day)));
}

/** The day `count` working days after `from`, skipping weekends and the admin's holiday list. */
export async function workingDaysAfter(db: Pick<Db, "publicHoliday">, from: Date, count: number): Promise<Date> {
  return addWorkingDays(from, count, await holidaysFrom(db, from));
}
