import type { Db } from "~/utils/db.server";

export type EmailMessage = { to: string; subject: string; text: string };

type Tx = Pick<Db, "outboxEmail">;

/**
 * Every email is first written to the outbox table, inside the caller's transaction when there
 * is one, so an email goes out if and only if the change it reports was saved. A sender
 * delivers queued rows; in development /dev/mail shows them.
 */
export async function queueEmail(db: Tx, message: EmailMessage) {
  return db.outboxEmail.create({ data: message });
}

export async function recentEmails(db: Db, limit = 50) {
  return db.outboxEmail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
