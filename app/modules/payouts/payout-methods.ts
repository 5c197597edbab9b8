/** How money reaches an artisan; the words are in payouts.method.<value>. */
export const PAYOUT_METHODS = ["CASH", "BANK_TRANSFER", "CARD"] as const;
export type PayoutMethod = (typeof PAYOUT_METHODS)[number];
