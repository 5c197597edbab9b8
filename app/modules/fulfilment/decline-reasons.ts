// The common reasons an artisan declines a part, offered as a list (texts at
// fulfilment.declineReasons.<code>); "other" asks for the artisan's own words.
export const DECLINE_REASONS = ["outOfStock", "noTime", "damaged", "other"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/**
 * SubOrder.declineReason holds a listed reason's code, or the artisan's own words for "other";
 * this gives the locale key to show, or null when the words themselves are to be shown.
 */
export function declineReasonKey(stored: string): string | null {
  return (DECLINE_REASONS as readonly string[]).includes(stored) && stored !== "other" ? `fulfilment.declineReasons.${stored}` : null;
}
