// The common reasons an artisan declines a part, offered as a list (texts at
// fulfilment.declineReasons.<code>); "other" asks for the artisan's own words.
export const DECLINE_REASONS = ["outOfStock", "noTime", "damaged", "other"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/**
 * SubOrder.declineReason holds a listed reason's code, or the artisan's own words for "other":
 * the code is shown translated, the words as written.
 */
export function declineReasonText(stored: string, t: (key: string) => string): string {
  return (DECLINE_REASONS as readonly string[]).includes(stored) && stored !== "other"
    ? t(`fulfilment.declineReasons.${stored}`)
    : stored;
}
