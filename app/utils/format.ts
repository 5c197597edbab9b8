// Dates for readers. Written out by hand rather than with Intl: ICU's uz data differs between
// Node and browser builds, and server and browser must render the same text for hydration.
import type { Locale } from "~/utils/i18n/locales";

// Uzbekistan keeps UTC+5 all year (no daylight saving). Dates show Tashkent time to everyone,
// server and browser alike, because orders, pickups and deadlines run on Tashkent's calendar.
export const TASHKENT_OFFSET_MS = 5 * 60 * 60 * 1000;

/**
 * Tashkent's calendar date of a moment — as the UTC midnight a @db.Date column holds — and its
 * clock time ("14:05"): pickup days and same-day cut-offs run on Tashkent's calendar.
 */
export function tashkentNow(now = new Date()): { today: Date; time: string } {
  const local = new Date(now.getTime() + TASHKENT_OFFSET_MS);
  const today = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
  return { today, time: local.toISOString().slice(11, 16) };
}

/** A moment as a loader's JSON carries it: its ISO string; null stays null. */
export const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;

/** A day (a @db.Date column) as a loader's JSON carries it: "2026-03-01"; null stays null. */
export const dayOrNull = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Anything a loader may hand over: a Date, or its ISO string / epoch milliseconds after JSON. */
export type DateInput = Date | string | number;

function tashkentParts(input: DateInput) {
  const ms = new Date(input).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a date: ${String(input)}`);
  const local = new Date(ms + TASHKENT_OFFSET_MS); // read with getUTC*, so the host zone is moot
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    day: pad(local.getUTCDate()),
    month: local.getUTCMonth(),
    year: String(local.getUTCFullYear()),
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/**
 * uz, uz-Cyrl and ru: "22.11.2026", the numeric form used in Uzbekistan (no month names, so no
 * script or grammatical case to get wrong); en: "22 Nov 2026", which foreign readers cannot misread
 * as 11 November or November 22.
 */
export function formatDate(date: DateInput, locale: Locale): string {
  const { day, month, year } = tashkentParts(date);
  if (locale === "en") return `${day} ${EN_MONTHS[month]} ${year}`;
  return `${day}.${String(month + 1).padStart(2, "0")}.${year}`;
}

/** The date as formatDate gives it, then 24-hour Tashkent time: "22.11.2026, 14:05". */
export function formatDateTime(date: DateInput, locale: Locale): string {
  return `${formatDate(date, locale)}, ${tashkentParts(date).time}`;
}

/** "2026-11": the Tashkent calendar month a moment falls in (earnings are kept by month). */
export function tashkentMonth(date: DateInput): string {
  const { month, year } = tashkentParts(date);
  return `${year}-${String(month + 1).padStart(2, "0")}`;
}

/**
 * A month in words, from its key as tashkentMonth gives it: "2026-10" → "oktyabr 2026",
 * "октябрь 2026", "October 2026". The names are common.months in the locale files (Uzbek Cyrillic
 * generated from Latin, like every text); all four languages put the name before the year.
 */
export function formatMonth(month: string, t: (key: string) => string): string {
  const [, year, number] = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month) ?? [];
  if (!year || !number) throw new RangeError(`Not a month: ${month}`);
  return `${t(`common.months.${Number(number)}`)} ${year}`;
}
