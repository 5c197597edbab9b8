// Pickup days are Tashkent calendar dates, kept in @db.Date columns as UTC midnight of that date.
const TASHKENT_OFFSET_MS = 5 * 60 * 60 * 1000;

/** Today's date in Tashkent (UTC+5 all year), as the UTC midnight a @db.Date column holds. */
export function tashkentToday(now = new Date()): Date {
  const local = new Date(now.getTime() + TASHKENT_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

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
