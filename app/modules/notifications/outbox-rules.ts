/** What the email and the SMS outbox share: how much a run takes, how often a row is tried, and when again. */
export type OutboxRunOptions = {
  batchSize?: number;
  /** A row that failed this many times is left alone (it stays visible in the table). */
  maxAttempts?: number;
  /** The clock, for tests. */
  now?: Date;
};

export const OUTBOX_DEFAULTS = { batchSize: 20, maxAttempts: 8 } as const;

// The claimed row stays locked while it is sent, so the transaction must outlast the transport's
// or gateway's own timeouts; otherwise it is rolled back after a send and the message goes out twice.
export const SEND_TRANSACTION_MS = 120_000;

/** After failure n a row waits 1, 2, 4 … minutes (2ⁿ⁻¹) before the next attempt. */
export function nextAttemptAfter(now: Date, failuresBefore: number): Date {
  return new Date(now.getTime() + 60_000 * 2 ** failuresBefore);
}
