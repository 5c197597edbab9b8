import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { createDb } from "~/utils/db.server";
import { deliverOutbox, startOutboxDelivery } from "./deliver.server";
import { createSmtpTransport, type SmtpTransport } from "./mail-transport.server";
import { queueEmail } from "./outbox.server";

const FROM = "Hunarmand <no-reply@hunarmand.uz>";
const REJECTED = "yoq@example.uz";

type Received = { mailFrom: string; rcptTo: string[]; raw: string };

/** A local SMTP server that accepts everything except REJECTED and keeps each raw message. */
async function startFakeSmtp(received: Received[]) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address !== REJECTED) return callback();
      callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const { mailFrom, rcptTo } = session.envelope;
        received.push({
          mailFrom: mailFrom ? mailFrom.address : "",
          rcptTo: rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("latin1"),
        });
        // A little latency, so concurrent runs overlap while a row is being sent.
        setTimeout(() => callback(), 20);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(resolve)) };
}

// Just enough MIME decoding for single-part messages: RFC 2047 words and the body transfer encoding.
const qpBytes = (s: string) =>
  Buffer.from(
    s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  );
const WORD = /=\?utf-8\?([bq])\?([^?]*)\?=/gi;
const decodeWords = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/(?:=\?utf-8\?[bq]\?[^?]*\?=)+/gi, (run) =>
      Buffer.concat(
        [...run.matchAll(WORD)].map(([, enc, data]) =>
          enc!.toUpperCase() === "B" ? Buffer.from(data!, "base64") : qpBytes(data!.replaceAll("_", " ")),
        ),
      ).toString("utf8"),
    );

function parse(raw: string) {
  const split = raw.indexOf("\r\n\r\n");
  const lines = raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, " ")
    .split("\r\n");
  const headers = new Map(
    lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]),
  );
  const body = raw.slice(split + 4);
  const encoding = headers.get("content-transfer-encoding")?.toLowerCase();
  const bytes =
    encoding === "base64"
      ? Buffer.from(body, "base64")
      : encoding === "quoted-printable"
        ? qpBytes(body)
        : Buffer.from(body, "latin1");
  const header = (name: string) => decodeWords(Buffer.from(headers.get(name) ?? "", "latin1").toString("utf8"));
  return { from: header("from"), to: header("to"), subject: header("subject"), text: bytes.toString("utf8").trim() };
}

let test: TestDatabase;
let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
let transport: SmtpTransport;
const received: Received[] = [];

beforeAll(async () => {
  test = await createTestDatabase();
  smtp = await startFakeSmtp(received);
  transport = createSmtpTransport(smtp.url);
});
afterAll(async () => {
  transport.close();
  await smtp.close();
  await test.drop();
});
beforeEach(async () => {
  received.length = 0;
  await test.db.outboxEmail.deleteMany();
});

const letters = [
  {
    to: "malika@example.uz",
    subject: "Buyurtmangiz qabul qilindi — oʻzbek tili",
    text: "Assalomu alaykum! Gʻulomjon ustaning sopol koʻzasi yoʻlda.",
  },
  {
    to: "aziz@example.uz",
    subject: "Ваш заказ принят",
    text: "Здравствуйте! Ваш заказ №42 уже в пути. Спасибо, что выбрали нас.",
  },
];

describe("deliverOutbox", () => {
  it("delivers each queued email once with its From, To, Subject and UTF-8 text intact", async () => {
    for (const letter of letters) await queueEmail(test.db, letter);
    expect(await deliverOutbox(test.db, transport, { from: FROM })).toEqual({ sent: 2, failed: 0 });
    expect(received.map((r) => r.rcptTo)).toEqual([["malika@example.uz"], ["aziz@example.uz"]]);
    expect(received.every((r) => r.mailFrom === "no-reply@hunarmand.uz")).toBe(true);
    expect(received.map((r) => parse(r.raw))).toEqual(
      letters.map((l) => ({ from: FROM, to: l.to, subject: l.subject, text: l.text })),
    );
    const rows = await test.db.outboxEmail.findMany();
    expect(rows.every((row) => row.sentAt !== null && row.attempts === 0)).toBe(true);

    expect(await deliverOutbox(test.db, transport, { from: FROM })).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(2);
  });

  it("records a rejected recipient without the address, sends the rest, and retries only after the backoff", async () => {
    await queueEmail(test.db, { ...letters[0]!, to: "first@example.uz" });
    const bad = await queueEmail(test.db, { ...letters[1]!, to: REJECTED });
    await queueEmail(test.db, { ...letters[0]!, to: "last@example.uz" });
    expect(await deliverOutbox(test.db, transport, { from: FROM })).toEqual({ sent: 2, failed: 1 });
    expect(received.flatMap((r) => r.rcptTo)).toEqual(["first@example.uz", "last@example.uz"]);
    const failed = await test.db.outboxEmail.findUniqueOrThrow({ where: { id: bad.id } });
    expect(failed).toMatchObject({ sentAt: null, attempts: 1 });
    expect(failed.lastError).toMatch(/550/);
    expect(failed.lastError).not.toContain(REJECTED);
    expect(failed.lastError).not.toContain(letters[1]!.text);

    expect(await deliverOutbox(test.db, transport, { from: FROM })).toEqual({ sent: 0, failed: 0 });
    const later = new Date(Date.now() + 2 * 60_000);
    expect(await deliverOutbox(test.db, transport, { from: FROM, now: later })).toEqual({ sent: 0, failed: 1 });
    expect(await deliverOutbox(test.db, transport, { from: FROM, now: later })).toEqual({ sent: 0, failed: 0 });
    expect((await test.db.outboxEmail.findUniqueOrThrow({ where: { id: bad.id } })).attempts).toBe(2);
  });

  it("gives up on a row after maxAttempts", async () => {
    const row = await queueEmail(test.db, { ...letters[0]!, to: REJECTED });
    // A day apart each time, so every backoff has passed: only maxAttempts stops the third try.
    for (let day = 1; day <= 3; day++) {
      await deliverOutbox(test.db, transport, {
        from: FROM,
        maxAttempts: 2,
        now: new Date(Date.now() + day * 86_400_000),
      });
    }
    expect((await test.db.outboxEmail.findUniqueOrThrow({ where: { id: row.id } })).attempts).toBe(2);
  });

  it("lets two concurrent runs (two processes) deliver each email exactly once", async () => {
    const other = createDb(test.url);
    try {
      for (let i = 0; i < 10; i++)
        await queueEmail(test.db, { to: `buyer${i}@example.uz`, subject: `Xabar ${i}`, text: `Matn ${i}` });
      const runs = await Promise.all([
        deliverOutbox(test.db, transport, { from: FROM }),
        deliverOutbox(other, transport, { from: FROM }),
      ]);
      expect(runs[0]!.sent + runs[1]!.sent).toBe(10);
      expect(runs.every((run) => run.sent > 0)).toBe(true);
      const recipients = received.flatMap((r) => r.rcptTo).sort();
      expect(recipients).toEqual(Array.from({ length: 10 }, (_, i) => `buyer${i}@example.uz`).sort());
      expect(await test.db.outboxEmail.count({ where: { sentAt: null } })).toBe(0);
    } finally {
      await other.$disconnect();
    }
  });
});

describe("startOutboxDelivery", () => {
  it("delivers in the background and stops cleanly", async () => {
    await queueEmail(test.db, letters[0]!);
    const loop = startOutboxDelivery(test.db, transport, { from: FROM, intervalMs: 50 });
    await expect.poll(() => received.length, { timeout: 5000 }).toBe(1);
    await expect(loop.stop()).resolves.toBeUndefined();
    await queueEmail(test.db, letters[1]!);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toHaveLength(1);
  });
});
