import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SocialWorkerLevel } from "~/generated/prisma/enums";
import { makeCategory, makeRegion } from "~/modules/catalog/test-catalog";
import { workerDistricts } from "~/modules/outreach/districts.server";
import { badgeSelect } from "~/modules/verification/public-badge";
import { unseal } from "~/utils/sensitive.server";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { requestBadge } from "./badge-request.server";
import { saveChecklistStep } from "./checklist.server";
import { recordConsent } from "./consents.server";
import { attestEvidence, countersignEvidence } from "./evidence.server";
import { ChecklistStepSchema, PersonSchema, type EvidenceInput } from "./schemas";
import { startOnboarding } from "./start.server";

let test: TestDatabase;
let districtId: string;
let craftId: string;
const workers = {} as Record<"a" | "b" | "d" | "away" | "moderator", { id: string }>;

const person = (phone: string) =>
  PersonSchema.parse({
    name: "Дилноза Каримова",
    phone,
    locale: "uz-Cyrl",
    gender: "FEMALE",
    birthYear: "1988",
    districtId,
    crafts: [craftId],
    address: "Qatortol 7, 12-xonadon",
    accessNotes: "3-qavat, lift yoʻq",
  });
const evidence: EvidenceInput = {
  group: "II",
  certificateNumber: "TMEK-123456",
  issuedOn: "2025-01-10",
  validUntil: "2030-01-10",
  commission: "Chilonzor TMEK",
  commissionDistrictId: "",
};

beforeAll(async () => {
  test = await createTestDatabase();
  const db = test.db;
  districtId = (await makeRegion(db, "UZ-F1")).id;
  evidence.commissionDistrictId = districtId;
  const away = (await makeRegion(db, "UZ-F2")).id;
  craftId = (await makeCategory(db, "kulolchilik", { uz: "Kulolchilik", ru: "Керамика", en: "Pottery" })).id;
  const staff = async (key: keyof typeof workers, level: SocialWorkerLevel | null, where = districtId) => {
    const role = level ? "SOCIAL_WORKER" : "MODERATOR";
    const user = await db.user.create({
      data: { name: key, email: `${key}@t.uz`, passwordHash: "x", roles: [role], socialWorkerLevel: level },
    });
    await db.staffDistrict.create({ data: { userId: user.id, districtId: where } });
    workers[key] = { id: user.id };
  };
  await staff("a", "A");
  await staff("b", "B");
  await staff("d", "D");
  await staff("away", "B", away);
  await staff("moderator", null);
});
afterAll(() => test?.drop());

async function agreedContact(phone: string) {
  const contact = await test.db.outreachContact.create({
    data: {
      districtId,
      name: "Dilnoza Karimova",
      nameKey: "dilnoza karimova",
      phone,
      source: "MAHALLA",
      createdById: workers.b.id,
    },
  });
  await test.db.homeVisit.create({
    data: {
      contactId: contact.id,
      plannedOn: new Date("2026-12-01"),
      doneOn: new Date("2026-12-01"),
      outcome: "AGREED",
      plannedById: workers.b.id,
    },
  });
  return contact.id;
}

async function onboard(phone: string) {
  const districts = await workerDistricts(test.db, workers.b.id, "uz");
  const result = await startOnboarding(test.db, workers.b, districts, await agreedContact(phone), person(phone));
  if (!result.ok) throw new Error(result.reason);
  return result.artisanId;
}

describe("onboarding at a home visit", () => {
  it("makes the person an artisan who signs in by phone, with the address sealed, once", async () => {
    const contactId = await agreedContact("+998901110001");
    const districts = await workerDistricts(test.db, workers.b.id, "uz");
    const input = person("90 111 00 01");
    const result = await startOnboarding(test.db, workers.b, districts, contactId, input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const artisan = await test.db.artisanProfile.findUniqueOrThrow({
      where: { id: result.artisanId },
      include: { user: true, crafts: true, outreach: true },
    });
    expect(artisan.displayName).toBe("Dilnoza Karimova");
    expect(artisan.user).toMatchObject({ phone: "+998901110001", email: null, locale: "uz-Cyrl" });
    expect(artisan.user.roles).toContain("ARTISAN");
    expect(artisan.crafts.map((c) => c.id)).toEqual([craftId]);
    expect(artisan.outreach?.id).toBe(contactId);
    expect(artisan.addressEnc).not.toContain("Qatortol");
    expect(unseal({ model: "ArtisanProfile", field: "addressEnc", id: artisan.id }, artisan.addressEnc!)).toBe(
      "Qatortol 7, 12-xonadon",
    );
    expect(await startOnboarding(test.db, workers.b, districts, contactId, input)).toEqual({
      ok: false,
      reason: "notAgreed",
    });
  });

  it("is not found for another district's worker and refuses a phone that is already an artisan's", async () => {
    const away = await workerDistricts(test.db, workers.away.id, "uz");
    const contactId = await agreedContact("+998901110002");
    expect(await startOnboarding(test.db, workers.away, away, contactId, person("+998901110002"))).toEqual({
      ok: false,
      reason: "notFound",
    });
    await onboard("+998901110003");
    const districts = await workerDistricts(test.db, workers.b.id, "uz");
    expect(await startOnboarding(test.db, workers.b, districts, contactId, person("+998901110003"))).toEqual({
      ok: false,
      reason: "phoneTaken",
    });
  });

  it("keeps a refusal apart from consents, so it never counts as one", async () => {
    const id = await onboard("+998901110004");
    await recordConsent(
      test.db,
      workers.b,
      id,
      "PUBLIC_PROFILE_BADGE",
      { answer: "refused", secondWitnessName: "Ona" },
      "uz",
    );
    await recordConsent(test.db, workers.b, id, "CASE_RECORDS", { answer: "given" }, "uz");
    await recordConsent(test.db, workers.b, id, "CASE_RECORDS", { answer: "given" }, "uz");
    const row = await test.db.artisanProfile.findUniqueOrThrow({
      where: { id },
      select: { ...badgeSelect, consentRefusals: true },
    });
    expect(row.consents).toHaveLength(0);
    expect(row.consentRefusals).toMatchObject([{ purpose: "PUBLIC_PROFILE_BADGE", secondWitnessName: "Ona" }]);
    expect(await test.db.consent.count({ where: { artisanId: id, purpose: "CASE_RECORDS", revokedAt: null } })).toBe(1);
    await recordConsent(test.db, workers.b, id, "CASE_RECORDS", { answer: "refused" }, "uz");
    expect(await test.db.consent.count({ where: { artisanId: id, purpose: "CASE_RECORDS", revokedAt: null } })).toBe(0);
    expect(await recordConsent(test.db, workers.away, id, "CASE_RECORDS", { answer: "given" }, "uz")).toEqual({
      ok: false,
      reason: "notFound",
    });
  });
});

describe("evidence, countersign and the badge request", () => {
  it("lets a level-B attestation count at once and tells the district's moderators of the request", async () => {
    const id = await onboard("+998901110005");
    expect(await requestBadge(test.db, workers.b, id)).toEqual({ ok: false, reason: "noEvidence" });
    expect(await attestEvidence(test.db, workers.b, id, evidence)).toEqual({ ok: true });
    expect(await requestBadge(test.db, workers.b, id)).toEqual({ ok: false, reason: "noConsent" });
    await recordConsent(test.db, workers.b, id, "PUBLIC_PROFILE_BADGE", { answer: "given" }, "uz");
    expect(await requestBadge(test.db, workers.b, id)).toEqual({ ok: true });
    expect(await requestBadge(test.db, workers.b, id)).toEqual({ ok: false, reason: "alreadyOpen" });
    const notice = await test.db.notification.findFirst({
      where: { userId: workers.moderator.id, kind: "badge.requested" },
    });
    expect(notice?.payload).toMatchObject({ artisan: "Dilnoza Karimova" });
    const row = await test.db.disabilityEvidence.findFirstOrThrow({ where: { artisanId: id } });
    expect(row.certificateNumberEnc).not.toContain("123456");
    expect(row.needsCountersign).toBe(false);
  });

  it("holds a level-A attestation until a level-D worker, not its author, countersigns it", async () => {
    const id = await onboard("+998901110006");
    await recordConsent(test.db, workers.a, id, "PUBLIC_PROFILE_BADGE", { answer: "given" }, "uz");
    await attestEvidence(test.db, workers.a, id, evidence);
    expect(await requestBadge(test.db, workers.a, id)).toEqual({ ok: false, reason: "levelTooLow" });
    expect(await requestBadge(test.db, workers.b, id)).toEqual({ ok: false, reason: "noEvidence" });
    expect(await countersignEvidence(test.db, workers.b, id)).toEqual({ ok: false, reason: "notSupervisor" });
    expect(await countersignEvidence(test.db, workers.away, id)).toEqual({ ok: false, reason: "notFound" });
    expect(await countersignEvidence(test.db, workers.d, id)).toEqual({ ok: true });
    expect(await countersignEvidence(test.db, workers.d, id)).toEqual({ ok: false, reason: "nothingToSign" });
    expect(await requestBadge(test.db, workers.b, id)).toEqual({ ok: true });
  });

  it("refuses a countersign by the attester, in the module and in the database", async () => {
    const id = await onboard("+998901110007");
    await test.db.user.update({ where: { id: workers.d.id }, data: { socialWorkerLevel: "A" } });
    await attestEvidence(test.db, workers.d, id, evidence);
    await test.db.user.update({ where: { id: workers.d.id }, data: { socialWorkerLevel: "D" } });
    expect(await countersignEvidence(test.db, workers.d, id)).toEqual({ ok: false, reason: "ownAttestation" });
    await expect(
      test.db.disabilityEvidence.updateMany({
        where: { artisanId: id },
        data: { countersignedById: workers.d.id, countersignedAt: new Date() },
      }),
    ).rejects.toThrow();
  });

  it("refuses a certificate that has ended", async () => {
    const id = await onboard("+998901110008");
    expect(await attestEvidence(test.db, workers.b, id, { ...evidence, validUntil: "2026-01-01" })).toEqual({
      ok: false,
      reason: "expired",
    });
  });
});

describe("the self-employed checklist", () => {
  it("seals the card and keeps only the bank and its last four digits readable", async () => {
    const id = await onboard("+998901110009");
    expect(
      ChecklistStepSchema.safeParse({
        step: "SE_BANK_CARD",
        status: "DONE",
        doneOn: "2026-12-05",
        cardNumber: "8600 1234 5678 9013",
        bank: "Xalq banki",
      }).success,
    ).toBe(false);
    const input = ChecklistStepSchema.parse({
      step: "SE_BANK_CARD",
      status: "DONE",
      doneOn: "2026-12-05",
      cardNumber: "4111 1111 1111 1111",
      bank: "Xalq banki",
    });
    expect(await saveChecklistStep(test.db, workers.b, id, input)).toEqual({ ok: true });
    const step = await test.db.checklistStep.findFirstOrThrow({ where: { artisanId: id, step: "SE_BANK_CARD" } });
    expect(step.detail).toEqual({ bank: "Xalq banki", cardLast4: "1111" });
    expect(step.secretEnc).not.toContain("4111");
    expect(unseal({ model: "ChecklistStep", field: "secretEnc", id: step.id }, step.secretEnc!)).toBe(
      "4111111111111111",
    );
  });

  it("tells the artisan, once, by text message when a step is left waiting", async () => {
    const id = await onboard("+998901110010");
    const waiting = ChecklistStepSchema.parse({ step: "SE_DOCUMENTS", status: "WAITING" });
    await saveChecklistStep(test.db, workers.b, id, waiting);
    await saveChecklistStep(test.db, workers.b, id, waiting);
    const sms = await test.db.outboxSms.findMany({ where: { to: "+998901110010" } });
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).toContain("Ҳужжатлар тайёр");
  });
});
