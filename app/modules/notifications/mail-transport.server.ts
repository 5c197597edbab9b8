import nodemailer from "nodemailer";

export type OutgoingEmail = { from: string; to: string; subject: string; text: string; html?: string };

/** Hands one email to a mail server; rejects when the server did not accept it. */
export interface MailTransport {
  send(message: OutgoingEmail): Promise<void>;
}

export type SmtpTransport = MailTransport & {
  /** Closes the pooled connections (a message being sent finishes first). */
  close(): void;
};

/**
 * SMTP delivery through nodemailer. The connections are pooled so a batch reuses one session
 * instead of a handshake per email. The timeouts keep a stuck server from holding an outbox row
 * locked for long (deliver.server.ts sends while the row is locked); any single send ends well
 * within a minute.
 */
export function createSmtpTransport(smtpUrl: string): SmtpTransport {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 2,
    maxMessages: 100,
    dnsTimeout: 10_000,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    // Nodemailer's logger would print addresses and message content; failures are reported by code.
    logger: false,
    debug: false,
  });
  return {
    async send(message) {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}
