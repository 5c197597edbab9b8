import type { Db } from "~/utils/db.server";
import { nextAttemptAfter, OUTBOX_DEFAULTS, SEND_TRANSACTION_MS, type OutboxRunOptions } from "./outbox-rules";
import { smsFailureCode, type SmsGateway } from "./sms-gateway.server";

// The same rules as email (outbox-rules.ts); a message that failed maxAttempts times is marked
// FAILED. The lock outlasts the gateway's timeouts (a login and a send, each retried once after a
// stale token: 4 × 15 s at most).
export type SmsDeliveryOptions = OutboxRunOptions;
// Eskiz knows the outcome seconds to minutes after sending: ask after a minute, then every five,
// and stop after a day (when operators expire undelivered messages); such a row stays SENT.
const FIRST_STATUS_CHECK_MS = 60_000;
const STATUS_CHECK_MS = 5 * 60_000;
const STATUS_CHECK_FOR_MS = 86_400_000;

type Claimed = { id: string; to: string; text: string; attempts: number };
type Outcome = "sent" | "failed" | "none";

/** Claims the oldest due message and sends it in one transaction, as deliverNext does for email. */
async function sendNext(db: Db, gateway: SmsGateway, options: Required<SmsDeliveryOptions>, exclude: string[]) {
  const { now, maxAttempts } = options;
  return db.$transaction(
    async (tx): Promise<Outcome> => {
      const [row] = await tx.$queryRaw<Claimed[]>`
        SELECT "id", "to", "text", "attempts" FROM "OutboxSms"
        WHERE "status" = 'QUEUED'
          AND "attempts" < ${maxAttempts}::int
          AND NOT ("id" = ANY(${exclude}::text[]))
          AND "nextAttemptAt" <= ${now}
        ORDER BY "createdAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      if (!row) return "none";
      exclude.push(row.id);
      let providerMessageId: string;
      try {
        ({ providerMessageId } = await gateway.send({ to: row.to, text: row.text }));
      } catch (error) {
        const attempts = row.attempts + 1;
        const nextAttemptAt = nextAttemptAfter(now, row.attempts);
        await tx.outboxSms.update({
          where: { id: row.id },
          data: {
            attempts,
            lastError: smsFailureCode(error),
            nextAttemptAt,
            ...(attempts >= maxAttempts && { status: "FAILED" }),
          },
        });
        return "failed";
      }
      const nextAttemptAt = new Date(now.getTime() + FIRST_STATUS_CHECK_MS);
      await tx.outboxSms.update({
        where: { id: row.id },
        data: { status: "SENT", providerMessageId, sentAt: new Date(), nextAttemptAt },
      });
      return "sent";
    },
    { timeout: SEND_TRANSACTION_MS },
  );
}

/** Sends up to batchSize due text messages, oldest first; each one at most once across processes. */
export async function deliverSmsOutbox(db: Db, gateway: SmsGateway, options: SmsDeliveryOptions = {}) {
  const {
    batchSize = OUTBOX_DEFAULTS.batchSize,
    maxAttempts = OUTBOX_DEFAULTS.maxAttempts,
    now = new Date(),
  } = options;
  const tried: string[] = [];
  const result = { sent: 0, failed: 0 };
  while (tried.length < batchSize) {
    const outcome = await sendNext(db, gateway, { batchSize, maxAttempts, now }, tried);
    if (outcome === "none") break;
    result[outcome] += 1;
  }
  return result;
}

/**
 * Asks the gateway about sent messages whose check is due. The UPDATE … RETURNING claims them
 * (moves their next check on) before asking, so two processes never ask about the same message.
 * A failed check is recorded by its code and tried again at the next interval.
 */
export async function checkSmsDelivery(
  db: Db,
  gateway: SmsGateway,
  options: Omit<SmsDeliveryOptions, "maxAttempts"> = {},
) {
  const { batchSize = OUTBOX_DEFAULTS.batchSize, now = new Date() } = options;
  const due = await db.$queryRaw<{ id: string; providerMessageId: string }[]>`
    UPDATE "OutboxSms" SET "nextAttemptAt" = ${new Date(now.getTime() + STATUS_CHECK_MS)}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxSms"
      WHERE "status" = 'SENT' AND "providerMessageId" IS NOT NULL
        AND "nextAttemptAt" <= ${now} AND "sentAt" > ${new Date(now.getTime() - STATUS_CHECK_FOR_MS)}
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${batchSize}::int
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "providerMessageId"`;
  const result = { delivered: 0, undelivered: 0, waiting: 0, unknown: 0 };
  for (const row of due) {
    const where = { id: row.id, status: "SENT" as const };
    try {
      const status = await gateway.status(row.providerMessageId);
      if (status === "delivered")
        await db.outboxSms.updateMany({
          where,
          data: { status: "DELIVERED", deliveredAt: new Date(), lastError: null },
        });
      if (status === "failed")
        await db.outboxSms.updateMany({ where, data: { status: "FAILED", lastError: "undelivered" } });
      result[status === "failed" ? "undelivered" : status] += 1;
    } catch (error) {
      await db.outboxSms.updateMany({ where, data: { lastError: smsFailureCode(error) } });
      result.unknown += 1;
    }
  }
  return result;
}
