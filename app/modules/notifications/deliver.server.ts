import type { Db } from "~/utils/db.server";
import type { MailTransport } from "./mail-transport.server";

export type DeliveryOptions = {
  /** The From header of every email, e.g. getEnv().MAIL_FROM. */
  from: string;
  batchSize?: number;
  /** A row that failed this many times is left alone (it stays visible in the table). */
  maxAttempts?: number;
  /** The clock, for tests. */
  now?: Date;
};

// After failure n the row waits BASE·2ⁿ⁻¹: 1, 2, 4 … 64 minutes between attempts.
const RETRY_BASE_MS = 60_000;
// The claimed row stays locked while its email is sent, so the transaction must outlast the
// transport's own timeouts; otherwise it is rolled back after a send and the email goes out twice.
const SEND_TRANSACTION_MS = 120_000;
const MAX_ERROR_LENGTH = 500;
const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

type Claimed = { id: string; to: string; subject: string; text: string; html: string | null; attempts: number };
type Outcome = "sent" | "failed" | "none";

/** Code, reply code and message of a send failure, with addresses blanked: it is stored and shown. */
function describeFailure(error: unknown, to: string): string {
  const { code, responseCode, message } = (error ?? {}) as {
    code?: unknown;
    responseCode?: unknown;
    message?: unknown;
  };
  const label = [code, responseCode].filter((part) => typeof part === "string" || typeof part === "number").join(" ");
  const withoutRecipient = typeof message === "string" && to ? message.replaceAll(to, "<address>") : message;
  const text = typeof withoutRecipient === "string" ? withoutRecipient.replace(ADDRESS, "<address>") : "";
  return [label, text].filter(Boolean).join(": ").slice(0, MAX_ERROR_LENGTH) || "unknown error";
}

/**
 * Claims the oldest due row and sends it in one transaction. FOR UPDATE SKIP LOCKED lets any number
 * of processes work the queue at once: a row being sent is invisible to the others until its
 * outcome is committed. `exclude` holds the rows this run already tried, so none is tried twice.
 */
async function deliverNext(db: Db, transport: MailTransport, options: Required<DeliveryOptions>, exclude: string[]) {
  return db.$transaction(
    async (tx): Promise<Outcome> => {
      const [row] = await tx.$queryRaw<Claimed[]>`
        SELECT "id", "to", "subject", "text", "html", "attempts" FROM "OutboxEmail"
        WHERE "sentAt" IS NULL
          AND "attempts" < ${options.maxAttempts}::int
          AND NOT ("id" = ANY(${exclude}::text[]))
          AND "nextAttemptAt" <= ${options.now}
        ORDER BY "createdAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      if (!row) return "none";
      exclude.push(row.id);
      const { to, subject, text } = row;
      try {
        await transport.send({ from: options.from, to, subject, text, html: row.html ?? undefined });
      } catch (error) {
        const lastError = describeFailure(error, to);
        const nextAttemptAt = new Date(options.now.getTime() + RETRY_BASE_MS * 2 ** row.attempts);
        await tx.outboxEmail.update({
          where: { id: row.id },
          data: { attempts: row.attempts + 1, lastError, nextAttemptAt },
        });
        return "failed";
      }
      await tx.outboxEmail.update({ where: { id: row.id }, data: { sentAt: new Date() } });
      return "sent";
    },
    { timeout: SEND_TRANSACTION_MS },
  );
}

/** Sends up to batchSize due outbox emails, oldest first; each one at most once across processes. */
export async function deliverOutbox(db: Db, transport: MailTransport, options: DeliveryOptions) {
  const { from, batchSize = 20, maxAttempts = 8, now = new Date() } = options;
  const settings = { from, batchSize, maxAttempts, now };
  const tried: string[] = [];
  const result = { sent: 0, failed: 0 };
  while (tried.length < batchSize) {
    const outcome = await deliverNext(db, transport, settings, tried);
    if (outcome === "none") break;
    result[outcome] += 1;
  }
  return result;
}

export type DeliveryLoop = { stop(): Promise<void> };

function errorCode(error: unknown): string {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return String(code ?? name ?? "unknown");
}

/**
 * Works the outbox in the background: a batch, then a pause of intervalMs (none while batches come
 * back full). Logs counts and error codes only, never addresses or content. The timer is unref'd so
 * it never keeps the process alive; stop() waits for a batch in flight.
 */
export function startOutboxDelivery(
  db: Db,
  transport: MailTransport,
  options: Omit<DeliveryOptions, "now"> & { intervalMs?: number },
): DeliveryLoop {
  const { intervalMs = 5000, ...delivery } = options;
  const batchSize = delivery.batchSize ?? 20;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;

  async function runBatch(): Promise<number> {
    try {
      const { sent, failed } = await deliverOutbox(db, transport, delivery);
      if (sent + failed > 0) console.info(`outbox: sent ${sent}, failed ${failed}`);
      return sent + failed;
    } catch (error) {
      console.error(`outbox: delivery run failed (${errorCode(error)})`);
      return 0;
    }
  }

  function schedule(delayMs: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = runBatch().then((handled) => schedule(handled >= batchSize ? 0 : intervalMs));
    }, delayMs);
    timer.unref();
  }

  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
