import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/enums";
import { makeArtisan, withShopDatabase } from "~/modules/checkout/test-fixtures";
import { readArtisanContact } from "~/modules/logistics/artisan-contact.server";
import { artisanChecklists } from "~/modules/onboarding/checklist-view.server";
import { audit } from "~/utils/audit.server";
import { seal } from "~/utils/sensitive.server";
import { myBadge } from "./badge-status.server";
import { DATA_READS_LIMIT, dataReads } from "./data-reads.server";

const test = withShopDatabase();

async function person(name: string, roles: Role[]) {
  return test.db.user.create({
    data: { name, email: `${randomUUID().slice(0, 8)}@example.uz`, passwordHash: "x", roles },
  });
}

const sealedRead = (action: string, artisanId: string, actorId: string, purpose: string, fields: string[]) =>
  audit(test.db, { actorId, action, entity: "ArtisanProfile", entityId: artisanId, detail: { purpose, fields } });

describe("who looked at my data", () => {
  it("only this artisan's reads of sealed data, newest first, each with who, role, why and which data", async () => {
    const { db, shop } = test;
    const artisan = await makeArtisan(db, shop, { verified: false });
    const other = await makeArtisan(db, shop, { verified: false });
    const courier = await person("Jasur Toshev", ["COURIER"]);
    const staff = await person("Dilnoza Karimova", ["SOCIAL_WORKER", "MODERATOR"]);
    await db.artisanProfile.update({
      where: { id: artisan.id },
      data: { addressEnc: seal({ model: "ArtisanProfile", field: "addressEnc", id: artisan.id }, "Qatortol 7") },
    });
    await db.consent.create({
      data: { artisanId: artisan.id, purpose: "ADDRESS_TO_COURIER", recordedById: staff.id },
    });

    await sealedRead("evidence.read", artisan.id, staff.id, "badgeDecision", ["groupEnc", "certificateNumberEnc"]);
    await db.$transaction((tx) => readArtisanContact(tx, artisan.id, { actorId: courier.id, purpose: "courier" }));
    await sealedRead("artisan.card.read", artisan.id, staff.id, "somethingNew", []);
    await sealedRead("evidence.read", other.id, staff.id, "caseload", ["groupEnc"]);
    await audit(db, { actorId: staff.id, action: "badge.request", entity: "ArtisanProfile", entityId: artisan.id });

    const reads = await dataReads(db, artisan.id, "uz");
    expect(reads.map(({ who, role, purpose, data }) => ({ who, role, purpose, data }))).toEqual([
      { who: "Dilnoza Karimova", role: "MODERATOR", purpose: "other", data: ["card"] },
      { who: "Jasur Toshev", role: "COURIER", purpose: "courier", data: ["address"] },
      { who: "Dilnoza Karimova", role: "MODERATOR", purpose: "badgeDecision", data: ["evidence"] },
    ]);
    expect((await dataReads(db, other.id, "uz-Cyrl"))[0]).toMatchObject({
      who: "Дилноза Каримова",
      role: "SOCIAL_WORKER",
      purpose: "caseload",
    });
  });

  it(`shows at most ${DATA_READS_LIMIT}`, async () => {
    const { db, shop } = test;
    const artisan = await makeArtisan(db, shop, { verified: false });
    await db.auditLog.createMany({
      data: Array.from({ length: DATA_READS_LIMIT + 5 }, () => ({
        actorId: shop.staff.id,
        action: "evidence.read",
        entity: "ArtisanProfile",
        entityId: artisan.id,
        detail: { purpose: "caseload", fields: ["groupEnc"] },
      })),
    });
    expect(await dataReads(db, artisan.id, "uz")).toHaveLength(DATA_READS_LIMIT);
  });
});

describe("my checklists", () => {
  it("both lists in order; done steps with their day and helper; of the card only the bank and last four digits", async () => {
    const { db, shop } = test;
    const artisan = await makeArtisan(db, shop, { verified: false });
    const worker = await person("Shahlo Mirzayeva", ["SOCIAL_WORKER"]);
    const done = { status: "DONE" as const, doneOn: new Date("2026-03-02"), helpedById: worker.id };
    await db.checklistStep.createMany({
      data: [
        { artisanId: artisan.id, step: "SE_DOCUMENTS", ...done },
        { artisanId: artisan.id, step: "SE_REGISTERED", detail: { registrationNumber: "123456789" } },
        {
          artisanId: artisan.id,
          step: "SE_BANK_CARD",
          ...done,
          detail: { bank: "Xalq banki", cardLast4: "4321", cardNumber: "8600123412344321" },
          secretEnc: "sealed",
        },
        { artisanId: artisan.id, step: "APP_LOGIN", ...done },
      ],
    });
    const lists = await artisanChecklists(db, artisan.id, "uz-Cyrl");
    expect(lists.selfEmployed.map((entry) => [entry.step, entry.status, entry.doneOn])).toEqual([
      ["SE_DOCUMENTS", "DONE", "2026-03-02"],
      ["SE_REGISTERED", "WAITING", null],
      ["SE_BANK_CARD", "DONE", "2026-03-02"],
    ]);
    expect(lists.selfEmployed[0]!.helpedBy).toBe("Шаҳло Мирзаева");
    expect(lists.selfEmployed[1]!.detail).toEqual({ registrationNumber: "123456789" });
    // The bank as typed (the social worker's form saves it back); the page puts it in its script.
    expect(JSON.parse(JSON.stringify(lists.selfEmployed[2]!.detail))).toEqual({
      bank: "Xalq banki",
      cardLast4: "4321",
    });
    expect(JSON.stringify(lists)).not.toContain("8600");
    expect(lists.learning.map((entry) => [entry.step, entry.status])).toEqual([
      ["APP_LOGIN", "DONE"],
      ["APP_LISTING", null],
      ["APP_ORDER", null],
      ["APP_PARCEL", null],
      ["APP_EARNINGS", null],
    ]);
  });
});

describe("my badge", () => {
  it("reads the badges and the public consent: granted but not shown after the consent is withdrawn", async () => {
    const { db, shop } = test;
    const artisan = await makeArtisan(db, shop, { verified: true });
    await db.badge.updateMany({ where: { artisanId: artisan.id }, data: { requestedAt: new Date("2024-01-20") } });
    const shown = await myBadge(db, artisan.id, "uz");
    expect(shown.state).toEqual({ kind: "granted", validUntil: null, shown: true });
    expect(shown.history.map((event) => event.kind)).toEqual(["granted", "requested"]);

    await db.consent.updateMany({ where: { artisanId: artisan.id }, data: { revokedAt: new Date() } });
    expect((await myBadge(db, artisan.id, "uz")).state).toMatchObject({ kind: "granted", shown: false });
  });

  it("a reason written by the moderator reads in the page's script", async () => {
    const { db, shop } = test;
    const artisan = await makeArtisan(db, shop, { verified: true });
    const moderator = await person("Moderator", ["MODERATOR"]);
    await db.badge.updateMany({
      where: { artisanId: artisan.id },
      data: {
        status: "REJECTED",
        decidedById: moderator.id,
        decidedAt: new Date("2026-02-01"),
        reasonCode: "EVIDENCE_UNREADABLE",
        decisionReason: "Rasm xira",
      },
    });
    expect((await myBadge(db, artisan.id, "uz-Cyrl")).state).toMatchObject({
      kind: "sentBack",
      reasonCode: "EVIDENCE_UNREADABLE",
      reason: "Расм хира",
    });
  });
});
