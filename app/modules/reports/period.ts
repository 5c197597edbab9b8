import { z } from "zod";
import { tashkentMonth } from "~/utils/format";

// The dashboard's period is whole Tashkent calendar months: a month, the quarter or the year a
// chosen month falls in, or a custom run of whole months (from–until). Days inside a month are not
// offered: figures are kept by day, but a month is what the people who read them plan by.

export const PERIOD_KINDS = ["month", "quarter", "year", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A period: its kind, first and last month ("2026-01") and first and last day ("2026-01-31"). */
export type Period = { kind: PeriodKind; fromMonth: string; untilMonth: string; firstDay: string; lastDay: string };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const LONGEST_CUSTOM_MONTHS = 60;

const Params = z.object({
  period: z.enum(PERIOD_KINDS, { error: "reports.errors.period" }).default("month"),
  month: z.string().regex(MONTH, "reports.errors.month").optional(),
  until: z.string().regex(MONTH, "reports.errors.month").optional(),
});

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
export const monthOfIndex = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
export const addMonthsTo = (month: string, months: number) => monthOfIndex(monthIndex(month) + months);

/** The last day of a month: "2026-02" → "2026-02-28". */
export function lastDayOf(month: string): string {
  const next = addMonthsTo(month, 1);
  const day = new Date(Date.UTC(Number(next.slice(0, 4)), Number(next.slice(5, 7)) - 1, 0));
  return day.toISOString().slice(0, 10);
}

function periodOf(kind: PeriodKind, month: string, until: string): Period {
  const index = monthIndex(month);
  const [from, to] =
    kind === "month"
      ? [index, index]
      : kind === "quarter"
        ? [index - (index % 3), index - (index % 3) + 2]
        : kind === "year"
          ? [index - (index % 12), index - (index % 12) + 11]
          : [index, monthIndex(until)];
  const fromMonth = monthOfIndex(from);
  const untilMonth = monthOfIndex(to);
  return { kind, fromMonth, untilMonth, firstDay: `${fromMonth}-01`, lastDay: lastDayOf(untilMonth) };
}

/**
 * The period asked for in the URL (?period=&month=&until=), or this month with the reason when
 * what was asked cannot be read: a filter never ends in an error page.
 */
export function parsePeriod(params: URLSearchParams, now = new Date()): { period: Period; error: string | null } {
  const thisMonth = tashkentMonth(now);
  const fallback = { period: periodOf("month", thisMonth, thisMonth) };
  const parsed = Params.safeParse({
    period: params.get("period") || undefined,
    month: params.get("month") || undefined,
    until: params.get("until") || undefined,
  });
  if (!parsed.success) return { ...fallback, error: parsed.error.issues[0]?.message ?? "reports.errors.period" };
  const { period: kind, month = thisMonth } = parsed.data;
  const until = parsed.data.until ?? month;
  if (kind === "custom") {
    const length = monthIndex(until) - monthIndex(month) + 1;
    if (length < 1) return { ...fallback, error: "reports.errors.untilBeforeFrom" };
    if (length > LONGEST_CUSTOM_MONTHS) return { ...fallback, error: "reports.errors.tooLong" };
  }
  return { period: periodOf(kind, month, until), error: null };
}
