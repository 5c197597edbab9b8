import type { Db } from "~/utils/db.server";

export type EmailMessage = { to: string; subject: string; text: string };
/** `to` is the phone as User.phone stores it (E.164, "+998901234567"). */
export type SmsMessage = { to: string; text: string };

type Tx = Pick<Db, "outboxEmail">;
type SmsTx = Pick<Db, "outboxSms">;

/**
 * Every email is first written to the outbox table, inside the caller's transaction when there
 * is one, so an email goes out if and only if the change it reports was saved. A sender
 * delivers queued rows; in development /dev/mail shows them.
 */
export async function queueEmail(db: Tx, message: EmailMessage) {
  return db.outboxEmail.create({ data: message });
}

/** The same promise for text messages: queued with the change, sent by deliver-sms.server.ts. */
export async function queueSms(db: SmsTx, message: SmsMessage) {
  return db.outboxSms.create({ data: { to: message.to, text: message.text } });
}

export async function recentEmails(db: Db, limit = 50) {
  return db.outboxEmail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}

export async function recentSms(db: Db, limit = 50) {
  return db.outboxSms.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
}
