import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { loader as devMail } from "~/routes/dev.mail";
import { getDb } from "~/utils/db.server";
import { queueSms } from "./outbox.server";

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  process.env.DATABASE_URL = test.url; // before the route's first getDb()
});
afterAll(async () => {
  await getDb().$disconnect();
  await test.drop();
});
beforeEach(async () => {
  await test.db.outboxSms.deleteMany();
});

/** The /dev/mail loader as Remix calls it, from this machine (the server sets the flag). */
const openDevMail = (fromThisMachine = true) =>
  devMail({ request: new Request("http://localhost/dev/mail"), params: {}, context: { fromThisMachine } } as never);

describe("queueSms", () => {
  it("writes nothing when the caller's transaction is rolled back", async () => {
    const rollback = new Error("the change was not saved");
    await expect(
      test.db.$transaction(async (tx) => {
        await queueSms(tx, { to: "+998901234567", text: "Parolni oʻrnating" });
        expect(await tx.outboxSms.count()).toBe(1);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await test.db.outboxSms.count()).toBe(0);
  });

  it("queues a message with the transaction that commits", async () => {
    await test.db.$transaction((tx) => queueSms(tx, { to: "+998901234567", text: "Salom" }));
    expect(await test.db.outboxSms.findMany()).toMatchObject([
      { to: "+998901234567", text: "Salom", status: "QUEUED" },
    ]);
  });
});

describe("/dev/mail", () => {
  it("lists the text messages newest first with phone, text, status and time", async () => {
    const older = await queueSms(test.db, { to: "+998901234567", text: "Birinchi http://localhost/a" });
    await test.db.outboxSms.update({ where: { id: older.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    await queueSms(test.db, { to: "+998911234567", text: "Ikkinchi" });
    const { texts } = await openDevMail();
    expect(texts.map(({ to, text, status }) => ({ to, text, status }))).toEqual([
      { to: "+998911234567", text: "Ikkinchi", status: "QUEUED" },
      { to: "+998901234567", text: "Birinchi http://localhost/a", status: "QUEUED" },
    ]);
    expect(texts[1]!.at).toBe(
      (await test.db.outboxSms.findUniqueOrThrow({ where: { id: older.id } })).createdAt.toISOString(),
    );
  });

  it("is not found for a request that did not come from this machine", async () => {
    await queueSms(test.db, { to: "+998901234567", text: "Maxfiy" });
    await expect(openDevMail(false)).rejects.toMatchObject({ status: 404 });
  });
});
