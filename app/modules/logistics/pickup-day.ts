import { tashkentNow } from "~/utils/format";

// Pickup days are Tashkent calendar dates, kept in @db.Date columns as UTC midnight of that date.

/** Today's date in Tashkent, as the UTC midnight a @db.Date column holds. */
export const tashkentToday = (now = new Date()): Date => tashkentNow(now).today;

/** "2026-11-22" from a form or query string, or null when it is not a real date. */
export function parseDay(value: string | null | undefined): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const day = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(day.getTime()) || dayKey(day) !== value ? null : day;
}

/** The "2026-11-22" form of a pickup day (for date inputs and links). */
export function dayKey(day: Date): string {
  return day.toISOString().slice(0, 10);
}
