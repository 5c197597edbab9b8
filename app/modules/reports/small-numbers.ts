// Nobody may be singled out by the dashboard: a count of 1 to 4 people (or of what 1 to 4 people
// did) is never shown, only "fewer than 5". This is the one place that rule lives; the page, the
// charts' tables and the CSV all show what it returns.

/** What a cell shows: a number (0 or at least 5), "fewer" (1–4), or null when it is not counted. */
export type Shown = number | "fewer" | null;

const FEWEST_SHOWN = 5;

/** A count as it may be shown. */
export function shown(count: number): Shown {
  return count > 0 && count < FEWEST_SHOWN ? "fewer" : count;
}

/**
 * A value computed over `people` artisans (an amount of money, a median, a share): hidden as
 * "fewer" when 1–4 of them make it, null when there is nothing to compute it from.
 */
export function shownOver(people: number, value: number | null): Shown {
  return shown(people) === "fewer" ? "fewer" : value;
}

/** A share in whole per cent of `part` in `whole`, hidden when either count could single someone out. */
export function shownShare(part: number, whole: number): Shown {
  if (whole === 0) return null;
  if (shown(part) === "fewer" || shown(whole - part) === "fewer") return "fewer";
  return Math.round((part / whole) * 100);
}
