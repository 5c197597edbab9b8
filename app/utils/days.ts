// Calendar days as a @db.Date column holds them: the UTC midnight of the day. Deadlines (pickups,
// badges, subsidy decisions and payments, referrals) count on these, never on clock time.
const DAY_MS = 24 * 60 * 60 * 1000;

export const addDays = (day: Date, days: number) => new Date(day.getTime() + days * DAY_MS);

/** The same day of the month `months` later, or the month's last day when it has no such day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: Date, months: number): Date {
  const target = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day.getUTCDate(), lastDay));
  return target;
}

/** "2026-03-01": the key a set of days is kept under. */
export const dayKey = (day: Date) => day.toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY_MS);

const isWeekend = (day: Date) => day.getUTCDay() === 0 || day.getUTCDay() === 6;

/**
 * The day `count` working days after `from`: Saturdays, Sundays and the given public holidays
 * (day keys) are skipped; `from` itself is not counted, so 3 working days after a Friday is Wednesday.
 */
export function addWorkingDays(from: Date, count: number, holidays: ReadonlySet<string>): Date {
  let day = from;
  for (let left = count; left > 0;) {
    day = addDays(day, 1);
    if (!isWeekend(day) && !holidays.has(dayKey(day))) left -= 1;
  }
  return day;
}
