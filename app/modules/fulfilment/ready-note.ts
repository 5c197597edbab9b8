import { formatDate } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";

// The timeline note of a READY step, which the buyer's timeline spells out: "window:2026-11-23
// 10:00-13:00" for a home pickup, "branch" for a hand-over at a branch. Kept as plain data so
// the timeline reads it in any language.
const WINDOW = /^window:(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})-(\d{2}:\d{2})$/;

export const readyNote = {
  window: (w: { date: Date; startsAt: string; endsAt: string }) =>
    `window:${w.date.toISOString().slice(0, 10)} ${w.startsAt}-${w.endsAt}`,
  branch: "branch",
};

/** What a READY note says, or null for any other note. */
export function parseReadyNote(
  note: string | null,
): { kind: "window"; date: string; from: string; to: string } | { kind: "branch" } | null {
  if (note === readyNote.branch) return { kind: "branch" };
  const match = note ? WINDOW.exec(note) : null;
  return match ? { kind: "window", date: match[1]!, from: match[2]!, to: match[3]! } : null;
}

/** A READY step in words — "Ready, collection on 23.11.2026 10:00–13:00" — or null for other notes. */
export function readyStepText(
  note: string | null,
  t: (key: string, values?: Record<string, string>) => string,
  locale: Locale,
): string | null {
  const ready = parseReadyNote(note);
  if (!ready) return null;
  if (ready.kind === "branch") return t("fulfilment.timelineBranch");
  return t("fulfilment.timelineWindow", { date: formatDate(ready.date, locale), from: ready.from, to: ready.to });
}
