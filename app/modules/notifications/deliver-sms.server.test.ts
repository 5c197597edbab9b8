import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeEskiz, type FakeEskiz } from "../../../server/fakes/eskiz/server";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { createDb } from "~/utils/db.server";
import { checkSmsDelivery, deliverSmsOutbox } from "./deliver-sms.server";
import { startOutboxDelivery } from "./deliver.server";
import { createEskizGateway } from "./eskiz-gateway.server";
import { queueSms } from "./outbox.server";
import type { SmsGateway } from "./sms-gateway.server";

// The SMS outbox through the real Eskiz client and the local fake of Eskiz, on PostgreSQL.

const UNREACHABLE = "+998901110000";
const ABROAD = "+12025550123"; // Eskiz's send endpoint refuses numbers outside Uzbekistan (400)
const LATER = (minutes: number) => new Date(Date.now() + minutes * 60_000);

let test: TestDatabase;
let fake: FakeEskiz;
let gateway: SmsGateway;

beforeAll(async () => {
  test = await createTestDatabase();
  fake = await startFakeEskiz({ deliveryDelayMs: 0, unreachable: [UNREACHABLE.slice(1)] });
  gateway = createEskizGateway({ baseUrl: fake.url, email: fake.email, password: fake.password, sender: "4546" });
});
afterAll(async () => {
  await fake.stop();
  await test.drop();
});
beforeEach(async () => {
  fake.messages.length = 0;
  await test.db.outboxSms.deleteMany();
});

const row = (id: string) => test.db.outboxSms.findUniqueOrThrow({ where: { id } });

describe("deliverSmsOutbox", () => {
  it("sends each queued message once and marks it sent with the gateway's id", async () => {
    const first = await queueSms(test.db, { to: "+998901234567", text: "Parol: http://localhost/reset/1" });
    const second = await queueSms(test.db, { to: "+998911234567", text: "Buyurtmangiz yoʻlda" });
    expect(await deliverSmsOutbox(test.db, gateway)).toEqual({ sent: 2, failed: 0 });
    expect(fake.messages.map((m) => [m.to, m.message])).toEqual([
      ["998901234567", "Parol: http://localhost/reset/1"],
      ["998911234567", "Buyurtmangiz yoʻlda"],
    ]);
    expect(await row(first.id)).toMatchObject({
      status: "SENT",
      attempts: 0,
      providerMessageId: fake.messages[0]!.requestId,
    });
    expect((await row(second.id)).sentAt).not.toBeNull();

    expect(await deliverSmsOutbox(test.db, gateway)).toEqual({ sent: 0, failed: 0 });
    expect(fake.messages).toHaveLength(2);
  });

  it("records a refusal by its code only, retries after the backoff, and marks the row failed after maxAttempts", async () => {
    const bad = await queueSms(test.db, { to: ABROAD, text: "maxfiy havola" });
    expect(await deliverSmsOutbox(test.db, gateway, { maxAttempts: 2 })).toEqual({ sent: 0, failed: 1 });
    expect(await row(bad.id)).toMatchObject({ status: "QUEUED", attempts: 1, lastError: "bad_request:400" });

    expect(await deliverSmsOutbox(test.db, gateway, { maxAttempts: 2 })).toEqual({ sent: 0, failed: 0 });
    expect(await deliverSmsOutbox(test.db, gateway, { maxAttempts: 2, now: LATER(2) })).toEqual({ sent: 0, failed: 1 });
    expect(await row(bad.id)).toMatchObject({ status: "FAILED", attempts: 2 });
    expect(await deliverSmsOutbox(test.db, gateway, { maxAttempts: 2, now: LATER(1440) })).toEqual({
      sent: 0,
      failed: 0,
    });
  });

  it("lets two concurrent runs (two processes) send each message exactly once", async () => {
    const other = createDb(test.url);
    try {
      for (let i = 0; i < 8; i++) await queueSms(test.db, { to: `+99890123450${i}`, text: `Xabar ${i}` });
      const runs = await Promise.all([deliverSmsOutbox(test.db, gateway), deliverSmsOutbox(other, gateway)]);
      expect(runs[0]!.sent + runs[1]!.sent).toBe(8);
      expect(fake.messages.map((m) => m.message).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `Xabar ${i}`));
    } finally {
      await other.$disconnect();
    }
  });
});

describe("checkSmsDelivery", () => {
  it("asks about sent messages after a minute and records delivered and undelivered ones", async () => {
    const delivered = await queueSms(test.db, { to: "+998901234567", text: "Salom" });
    const refused = await queueSms(test.db, { to: UNREACHABLE, text: "Salom" });
    await deliverSmsOutbox(test.db, gateway);
    expect(await checkSmsDelivery(test.db, gateway)).toEqual({ delivered: 0, undelivered: 0, waiting: 0, unknown: 0 });

    expect(await checkSmsDelivery(test.db, gateway, { now: LATER(2) })).toMatchObject({ delivered: 1, undelivered: 1 });
    expect(await row(delivered.id)).toMatchObject({ status: "DELIVERED", lastError: null });
    expect((await row(delivered.id)).deliveredAt).not.toBeNull();
    expect(await row(refused.id)).toMatchObject({ status: "FAILED", lastError: "undelivered" });
    expect(await checkSmsDelivery(test.db, gateway, { now: LATER(20) })).toMatchObject({
      delivered: 0,
      undelivered: 0,
    });
  });
});

describe("startOutboxDelivery with an SMS gateway and no mail transport", () => {
  it("sends queued text messages in the background and stops cleanly", async () => {
    const sms = await queueSms(test.db, { to: "+998901234567", text: "Fonda" });
    const loop = startOutboxDelivery(test.db, undefined, { from: "x@hunarmand.uz", intervalMs: 50, sms: gateway });
    await expect.poll(async () => (await row(sms.id)).status, { timeout: 5000 }).toBe("SENT");
    await loop.stop();
    expect(fake.messages).toHaveLength(1);
  });
});
