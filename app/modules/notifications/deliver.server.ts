import type { Db } from "~/utils/db.server";
import { checkSmsDelivery, deliverSmsOutbox } from "./deliver-sms.server";
import type { MailTransport } from "./mail-transport.server";
import { nextAttemptAfter, OUTBOX_DEFAULTS, SEND_TRANSACTION_MS, type OutboxRunOptions } from "./outbox-rules";
import type { SmsGateway } from "./sms-gateway.server";

export type DeliveryOptions = OutboxRunOptions & {
  /** The From header of every email, e.g. getEnv().MAIL_FROM. */
  from: string;
};

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
        const nextAttemptAt = nextAttemptAfter(options.now, row.attempts);
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
  const {
    from,
    batchSize = OUTBOX_DEFAULTS.batchSize,
    maxAttempts = OUTBOX_DEFAULTS.maxAttempts,
    now = new Date(),
  } = options;
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
 * Works the outboxes in the background: a batch of emails (with a mail transport) and of text
 * messages plus their delivery checks (with an SMS gateway), then a pause of intervalMs (none
 * while a batch comes back full). Logs counts and error codes only, never addresses, phone
 * numbers or content. The timer is unref'd so it never keeps the process alive; stop() waits for
 * a batch in flight.
 */
export function startOutboxDelivery(
  db: Db,
  transport: MailTransport | undefined,
  options: Omit<DeliveryOptions, "now"> & { intervalMs?: number; sms?: SmsGateway },
): DeliveryLoop {
  const { intervalMs = 5000, sms, ...delivery } = options;
  const batchSize = delivery.batchSize ?? OUTBOX_DEFAULTS.batchSize;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;

  const channels: [label: string, run: () => Promise<{ sent: number; failed: number }>][] = [];
  if (transport) channels.push(["outbox", () => deliverOutbox(db, transport, delivery)]);
  if (sms) channels.push(["sms outbox", () => deliverSmsOutbox(db, sms, delivery)]);

  async function runBatch(): Promise<number> {
    let most = 0;
    for (const [label, run] of channels) {
      try {
        const { sent, failed } = await run();
        if (sent + failed > 0) console.info(`${label}: sent ${sent}, failed ${failed}`);
        most = Math.max(most, sent + failed);
      } catch (error) {
        console.error(`${label}: delivery run failed (${errorCode(error)})`);
      }
    }
    if (sms) {
      try {
        const { delivered, undelivered, unknown } = await checkSmsDelivery(db, sms, { batchSize });
        if (delivered + undelivered + unknown > 0)
          console.info(`sms outbox: delivered ${delivered}, undelivered ${undelivered}, unchecked ${unknown}`);
      } catch (error) {
        console.error(`sms outbox: status check failed (${errorCode(error)})`);
      }
    }
    return most;
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
