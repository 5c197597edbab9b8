import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRegion } from "~/modules/catalog/test-catalog";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { outreachContact, outreachList } from "./caseload.server";
import { addOutreachContact } from "./contacts.server";
import { workerDistricts, type WorkerDistrict } from "./districts.server";
import { ContactSchema, RecordVisitSchema, type ContactInput } from "./schemas";
import { outreachStage } from "./stage";
import { planVisit, recordVisit } from "./visits.server";

let test: TestDatabase;
let worker: { id: string };
let otherWorker: { id: string };
let districts: WorkerDistrict[];
let homeId: string;
let awayId: string;
let mahallaId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  const db = test.db;
  homeId = (await makeRegion(db, "UZ-O1")).id;
  awayId = (await makeRegion(db, "UZ-O2")).id;
  mahallaId = (await db.mahalla.create({ data: { districtId: homeId, name: "Qatortol" } })).id;
  const staff = async (email: string, districtId: string) => {
    const user = await db.user.create({
      data: { name: email, email, passwordHash: "x", roles: ["SOCIAL_WORKER"], socialWorkerLevel: "B" },
    });
    await db.staffDistrict.create({ data: { userId: user.id, districtId } });
    return { id: user.id };
  };
  worker = await staff("sw1@example.uz", homeId);
  otherWorker = await staff("sw2@example.uz", awayId);
  districts = await workerDistricts(db, worker.id, "uz");
});
afterAll(async () => test?.drop());

const person = (overrides: Partial<ContactInput> = {}): ContactInput =>
  ContactSchema.parse({ name: "Dilnoza Karimova", districtId: homeId, source: "MAHALLA", ...overrides });

async function added(overrides: Partial<ContactInput> = {}) {
  const result = await addOutreachContact(test.db, worker, districts, person(overrides), "uz");
  if (!result.ok) throw new Error(result.reason);
  return result.id;
}

describe("the outreach list", () => {
  it("keeps a name typed in Cyrillic in Latin letters, and finds it from either script and by phone", async () => {
    const id = await added({ name: "Гулноза Тошматова", phone: "90 765 43 21", mahallaId });
    const stored = await test.db.outreachContact.findUniqueOrThrow({ where: { id } });
    expect(stored.name).toBe("Gulnoza Toshmatova");
    expect(stored.phone).toBe("+998907654321");
    for (const q of ["гулноза", "Gulnoza", "toshmat", "765 43"]) {
      const found = await outreachList(test.db, worker.id, { q }, "uz-Cyrl");
      expect(
        found.map((p) => p.id),
        q,
      ).toContain(id);
      expect(found.find((p) => p.id === id)?.name).toBe("Гулноза Тошматова");
    }
    expect(await outreachList(test.db, worker.id, { q: "Aziza" }, "uz")).toEqual([]);
  });

  it("refuses a district or mahalla the worker does not serve, and saves nothing", async () => {
    const before = await test.db.outreachContact.count();
    expect(await addOutreachContact(test.db, worker, districts, person({ districtId: awayId }), "uz")).toEqual({
      ok: false,
      reason: "placeNotServed",
    });
    const awayMahalla = await test.db.mahalla.create({ data: { districtId: awayId, name: "Boshqa" } });
    expect(
      await addOutreachContact(test.db, worker, districts, person({ mahallaId: awayMahalla.id }), "uz"),
    ).toMatchObject({
      ok: false,
    });
    expect(await test.db.outreachContact.count()).toBe(before);
  });

  it("shows another district's person to nobody else: not in the list, not found, and no visit planned", async () => {
    const id = await added({ name: "Sevara Aliyeva" });
    expect(await outreachContact(test.db, otherWorker.id, id, "uz")).toBeNull();
    expect((await outreachList(test.db, otherWorker.id, {}, "uz")).map((p) => p.id)).not.toContain(id);
    expect(await planVisit(test.db, otherWorker, id, "2026-12-10")).toEqual({ ok: false, reason: "notFound" });
    expect(await test.db.homeVisit.count({ where: { contactId: id } })).toBe(0);
  });
});

describe("home visits", () => {
  it("goes named → visit planned → thinking → declined with the reason kept, each step audited", async () => {
    const id = await added({ name: "Madina Rasulova" });
    expect((await outreachContact(test.db, worker.id, id, "uz"))?.stage).toBe("named");
    expect(await planVisit(test.db, worker, id, "2026-12-08")).toEqual({ ok: true });
    // Planning again moves the open visit rather than adding a second one.
    expect(await planVisit(test.db, worker, id, "2026-12-09")).toEqual({ ok: true });
    let contact = await outreachContact(test.db, worker.id, id, "uz");
    expect(contact).toMatchObject({ stage: "visitPlanned", visits: [{ plannedOn: "2026-12-09", doneOn: null }] });

    const thinking = RecordVisitSchema.parse({ doneOn: "2026-12-09", present: "onasi", outcome: "THINKING" });
    expect(await recordVisit(test.db, worker, id, thinking, "uz")).toEqual({ ok: true });
    expect((await outreachContact(test.db, worker.id, id, "uz"))?.stage).toBe("thinking");
    // The visit is recorded once: a second record (another tab, another worker) is refused.
    expect(await recordVisit(test.db, worker, id, thinking, "uz")).toEqual({ ok: false, reason: "noOpenVisit" });

    await planVisit(test.db, worker, id, "2026-12-20");
    const declined = { doneOn: "2026-12-20", outcome: "DECLINED", declineReason: "Sogʻligʻi yoʻl qoʻymaydi" };
    await recordVisit(test.db, worker, id, RecordVisitSchema.parse(declined), "uz");
    contact = await outreachContact(test.db, worker.id, id, "uz");
    expect(contact?.stage).toBe("declined");
    expect(contact?.visits.at(-1)).toMatchObject({
      outcome: "DECLINED",
      declineReason: { text: "Sogʻligʻi yoʻl qoʻymaydi", lang: "uz" },
    });
    // Read on a Cyrillic page in Cyrillic; the note keeps what was written.
    const cyrillic = await outreachContact(test.db, worker.id, id, "uz-Cyrl");
    expect(cyrillic?.visits.at(-1)?.declineReason?.text).toBe("Соғлиғи йўл қўймайди");
    const actions = await test.db.auditLog.findMany({ where: { actorId: worker.id }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["outreach.add", "visit.plan", "visit.record"]),
    );
  });

  it("opens one visit when two plans arrive at once", async () => {
    const id = await added({ name: "Ikki Reja" });
    await Promise.all([planVisit(test.db, worker, id, "2026-12-11"), planVisit(test.db, worker, id, "2026-12-12")]);
    expect(await test.db.homeVisit.count({ where: { contactId: id, doneOn: null } })).toBe(1);
  });

  it("asks for the reason of a refusal and a date that exists", () => {
    const refusal = RecordVisitSchema.safeParse({ doneOn: "2026-12-09", outcome: "DECLINED" });
    expect(refusal.success).toBe(false);
    expect(refusal.error?.issues[0]?.message).toBe("caseload.errors.reasonRequired");
    expect(RecordVisitSchema.safeParse({ doneOn: "9.12.2026", outcome: "AGREED" }).success).toBe(false);
  });

  it("filters by stage, due visits first", async () => {
    const soon = await added({ name: "Nilufar Soon" });
    const later = await added({ name: "Nilufar Later" });
    await planVisit(test.db, worker, later, "2027-01-15");
    await planVisit(test.db, worker, soon, "2026-12-07");
    const planned = await outreachList(test.db, worker.id, { stage: "visitPlanned", q: "nilufar" }, "uz");
    expect(planned.map((p) => p.id)).toEqual([soon, later]);
  });
});

describe("outreachStage", () => {
  const visit = (plannedOn: string, outcome: "AGREED" | "THINKING" | "DECLINED" | null) => ({
    plannedOn: new Date(plannedOn),
    doneOn: outcome ? new Date(plannedOn) : null,
    outcome,
  });
  it("reads the last visit, and an artisan link means onboarding", () => {
    expect(outreachStage({ artisanId: null, visits: [] })).toBe("named");
    expect(
      outreachStage({ artisanId: null, visits: [visit("2026-12-01", "DECLINED"), visit("2026-12-09", null)] }),
    ).toBe("visitPlanned");
    expect(outreachStage({ artisanId: null, visits: [visit("2026-12-09", "AGREED")] })).toBe("onboarding");
    expect(outreachStage({ artisanId: "a1", visits: [] })).toBe("onboarding");
  });
});
