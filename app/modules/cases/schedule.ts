import { addMonths } from "~/utils/days";
import { TASHKENT_OFFSET_MS } from "~/utils/format";
import { REVIEW_COUNT } from "./terms";

/**
 * When the six monthly reviews fall due: n months after the day the artisan was onboarded (a
 * Tashkent day), as the programme follows the first six months of a working life on the
 * marketplace (domain.md). A case opened later finds its past reviews due at once: each is still
 * done, with that month's facts. A day the month lacks becomes its last (31 Jan + 1 → 28/29 Feb).
 */
export function reviewDueDates(onboardedOn: Date): Date[] {
  return Array.from({ length: REVIEW_COUNT }, (_, i) => addMonths(onboardedOn, i + 1));
}

/**
 * The Tashkent calendar month a review reports on: the last whole month before the one it falls
 * due in ("2027-02" for a review due on 15 March 2027), as its key and the instants it spans.
 */
export function reviewMonth(dueOn: Date): { key: string; from: Date; to: Date } {
  const start = addMonths(new Date(Date.UTC(dueOn.getUTCFullYear(), dueOn.getUTCMonth(), 1)), -1);
  return { key: start.toISOString().slice(0, 7), ...tashkentSpan(start, addMonths(start, 1)) };
}

// Uzbekistan is UTC+5 all year: a Tashkent day starts at 19:00 UTC the day before.

/** The instants from the start of Tashkent day `from` up to (not including) the start of day `to`. */
export const tashkentSpan = (from: Date, to: Date) => ({
  from: new Date(from.getTime() - TASHKENT_OFFSET_MS),
  to: new Date(to.getTime() - TASHKENT_OFFSET_MS),
});
