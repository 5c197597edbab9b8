import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { saveAssessment } from "./assessment.server";
import { caseList } from "./case-list.server";
import { dataReads } from "~/modules/studio-account/data-reads.server";
import { caseForWorker } from "./case-read.server";
import { closeCase } from "./close.server";
import { addCaseNote } from "./notes.server";
import { openCase } from "./open.server";
import { acknowledgePlan, savePlanVersion, setActionStatus } from "./plan.server";
import { answerReferral, sendReferral } from "./referrals.server";
import { completeReview } from "./reviews.server";
import { makeCaseArtisan, makeDistrict, makeOpenCase, makeWorker } from "./test-cases";

let test: TestDatabase;
let districtId: string;
let worker: { id: string };
let head: { id: string };
const ALL = { name: "page", parts: ["assessment", "plans", "referrals", "reviews", "notes", "closure"] } as const;
const stageOf = async (id: string) => (await test.db.case.findUniqueOrThrow({ where: { id } })).stage;
const plan = (what: string) => ({
  goals: ["Doʻppilarni internetda sotish"],
  actions: [
    { what, who: "Jamshid Sultonov", byWhen: "2026-12-01", status: "planned" as const },
    { what: "Rasmga olish", who: "Hunarmand", byWhen: "2026-12-10", status: "planned" as const },
  ],
});

beforeAll(async () => {
  test = await createTestDatabase();
  districtId = await makeDistrict(test.db, "UZ-W1");
  worker = await makeWorker(test.db, districtId, "D");
  head = await makeWorker(test.db, districtId, "F");
});
afterAll(async () => test?.drop());

describe("a case from intake to closure", () => {
  it("moves forward one stage per first step, never back, and a closed case takes no change", async () => {
    const { caseId } = await makeOpenCase(test.db, districtId, worker);
    const assessment = {
      recordedOn: "2026-11-01",
      goals: "Oʻz doʻppilarimni sotmoqchiman",
      accommodations: ["homePickup" as const],
    };
    expect(await saveAssessment(test.db, worker, caseId, assessment)).toEqual({ ok: true });
    expect(await stageOf(caseId)).toBe("ASSESSMENT");
    await savePlanVersion(test.db, worker, caseId, plan("Roʻyxatdan oʻtish"));
    expect(await stageOf(caseId)).toBe("PLAN");
    await sendReferral(test.db, worker, caseId, {
      kind: "TRAINING",
      organisation: "Kasb markazi",
      sentOn: "2026-11-02",
    });
    expect(await stageOf(caseId)).toBe("IN_PROGRESS");
    // Recording the assessment again does not take the case back.
    await saveAssessment(test.db, worker, caseId, { ...assessment, goals: "Yangi maqsad" });
    expect(await stageOf(caseId)).toBe("IN_PROGRESS");
    await test.db.monthlyReview.update({
      where: { caseId_number: { caseId, number: 1 } },
      data: { dueOn: new Date("2026-01-01") },
    });
    const review = { note: "Yaxshi ketmoqda", satisfaction: 4 };
    expect(await completeReview(test.db, worker, caseId, 1, review)).toEqual({ ok: true });
    expect(await stageOf(caseId)).toBe("MONITORING");
    expect(await completeReview(test.db, worker, caseId, 1, review)).toEqual({ ok: false, reason: "done" });
    expect(await completeReview(test.db, worker, caseId, 6, review)).toEqual({ ok: false, reason: "notYet" });
    expect(await closeCase(test.db, worker, caseId, { reason: "SELF_EMPLOYED_EARNING" })).toEqual({ ok: true });
    expect(await test.db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({
      stage: "CLOSED",
      closureReason: "SELF_EMPLOYED_EARNING",
    });
    expect(await addCaseNote(test.db, worker, caseId, "Kech qoldi")).toEqual({ ok: false, reason: "closed" });
    const actions = await test.db.auditLog.findMany({
      where: { entity: "Case", entityId: caseId },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "case.open",
      "case.assessment.save",
      "case.plan.version",
      "case.referral.send",
      "case.assessment.save",
      "case.review.complete",
      "case.close",
    ]);
  });
});

describe("the individual plan", () => {
  it("keeps every earlier version as it was when amended; acknowledgement and status go on the current one", async () => {
    const { caseId } = await makeOpenCase(test.db, districtId, worker);
    expect(await savePlanVersion(test.db, worker, caseId, plan("Birinchi qadam"))).toEqual({ ok: true, version: 1 });
    expect(await savePlanVersion(test.db, worker, caseId, plan("Oʻzgargan qadam"))).toEqual({ ok: true, version: 2 });
    const ack = { version: 1, acknowledgedOn: "2026-11-03", witness: "Onasi Karima" };
    expect(await acknowledgePlan(test.db, worker, caseId, ack)).toEqual({ ok: false, reason: "notCurrent" });
    expect(await acknowledgePlan(test.db, worker, caseId, { ...ack, version: 2 })).toEqual({ ok: true });
    expect(await setActionStatus(test.db, worker, caseId, { version: 2, action: 0, status: "done" })).toEqual({
      ok: true,
    });
    expect(await setActionStatus(test.db, worker, caseId, { version: 1, action: 0, status: "done" })).toEqual({
      ok: false,
      reason: "notCurrent",
    });
    const view = await caseForWorker(test.db, worker.id, caseId, "uz", ALL);
    expect(view?.plans.map((p) => [p.version, p.actions[0]?.what, p.actions[0]?.status, p.witness])).toEqual([
      [2, "Oʻzgargan qadam", "done", "Onasi Karima"],
      [1, "Birinchi qadam", "planned", null],
    ]);
    const status = await test.db.auditLog.findFirstOrThrow({ where: { action: "case.plan.actionStatus" } });
    expect(status.detail).toMatchObject({ version: 2, action: 0, from: "planned", to: "done" });
  });
});

describe("referrals", () => {
  it("are due 5 working days after sending, across a weekend and a public holiday, and overdue after", async () => {
    const { caseId } = await makeOpenCase(test.db, districtId, worker);
    await test.db.publicHoliday.create({
      data: { day: new Date("2026-03-23"), nameUz: "Navroʻz", nameRu: "Навруз", nameEn: "Navruz" },
    });
    // Thursday: Fri 20, (Sat, Sun, holiday Mon 23), Tue 24, Wed 25, Thu 26, Fri 27.
    await sendReferral(test.db, worker, caseId, {
      kind: "EMPLOYMENT_CENTRE",
      organisation: "Bandlik",
      sentOn: "2026-03-19",
    });
    const referral = await test.db.referral.findFirstOrThrow({ where: { caseId } });
    expect(referral.answerDueOn.toISOString().slice(0, 10)).toBe("2026-03-27");
    const listed = (await caseList(test.db, worker.id, "uz"))?.find((c) => c.id === caseId);
    expect(listed?.referralsOverdue).toEqual([{ id: referral.id, dueOn: "2026-03-27" }]);
    const answer = { referralId: referral.id, status: "REFUSED" as const, respondedOn: "2026-03-18" };
    expect(await answerReferral(test.db, worker, caseId, { ...answer, response: "Joy yoʻq" })).toEqual({
      ok: false,
      reason: "beforeSent",
    });
    expect(
      await answerReferral(test.db, worker, caseId, { ...answer, respondedOn: "2026-03-30", response: "Joy yoʻq" }),
    ).toEqual({ ok: true });
    expect(await answerReferral(test.db, worker, caseId, { ...answer, respondedOn: "2026-03-30" })).toEqual({
      ok: false,
      reason: "answered",
    });
    const after = (await caseList(test.db, worker.id, "uz"))?.find((c) => c.id === caseId);
    expect(after?.referralsOverdue).toEqual([]);
  });
});

describe("sealed texts", () => {
  it("are ciphertext in the database, and each page view that opens them writes one audit row", async () => {
    const { caseId, artisan } = await makeOpenCase(test.db, districtId, worker);
    const secret = "Uyda yolgʻiz qolishdan qoʻrqadi";
    await saveAssessment(test.db, worker, caseId, { recordedOn: "2026-11-01", goals: secret, accommodations: [] });
    await addCaseNote(test.db, worker, caseId, secret);
    await sendReferral(test.db, worker, caseId, { kind: "PSYCHOLOGIST", organisation: "Markaz", sentOn: "2026-11-02" });
    const referral = await test.db.referral.findFirstOrThrow({ where: { caseId } });
    await answerReferral(test.db, worker, caseId, {
      referralId: referral.id,
      status: "ACCEPTED",
      respondedOn: "2026-11-03",
      response: secret,
    });
    await closeCase(test.db, worker, caseId, { reason: "OTHER", note: secret });
    const raw = JSON.stringify(
      await test.db.case.findUniqueOrThrow({
        where: { id: caseId },
        include: { assessment: true, notes: true, referrals: true },
      }),
    );
    expect(raw).not.toContain("yolgʻiz");
    expect(raw).toContain("closureNoteEnc");

    const before = await test.db.auditLog.count({ where: { action: "case.read" } });
    const view = await caseForWorker(test.db, head.id, caseId, "uz-Cyrl", ALL);
    expect(view?.notes[0]?.body).toBe("Уйда ёлғиз қолишдан қўрқади");
    expect(view?.assessment?.goals).toBe("Уйда ёлғиз қолишдан қўрқади");
    const reads = await test.db.auditLog.findMany({ where: { action: "case.read" }, skip: before });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorId: head.id, entity: "ArtisanProfile", entityId: artisan.id });
    expect(reads[0]?.detail).toMatchObject({
      purpose: "case",
      caseId,
      fields: ["NeedsAssessment.bodyEnc", "Referral.responseEnc", "CaseNote.bodyEnc", "Case.closureNoteEnc"],
    });
    const audits = await test.db.auditLog.findMany({
      where: { entityId: { in: [caseId, artisan.id] } },
      select: { action: true, detail: true },
    });
    const everyAudit = JSON.stringify(audits);
    expect(everyAudit).not.toContain("yolgʻiz");
    // The artisan's "who looked at my data" names the branch head's reading of the case.
    const listed = await dataReads(test.db, artisan.id, "en");
    expect(listed[0]).toMatchObject({ purpose: "case", data: ["case"], role: "SOCIAL_WORKER" });
  });
});

describe("who sees a case", () => {
  it("is the case worker and the district's branch head; anyone else gets not found from every function", async () => {
    const { caseId } = await makeOpenCase(test.db, districtId, worker);
    await sendReferral(test.db, worker, caseId, { kind: "NGO", organisation: "Nuroniy", sentOn: "2026-11-02" });
    const referralId = (await test.db.referral.findFirstOrThrow({ where: { caseId } })).id;
    const awayDistrict = await makeDistrict(test.db, "UZ-W2");
    const strangers = [
      await makeWorker(test.db, awayDistrict, "F"),
      await makeWorker(test.db, awayDistrict, "D"),
      await makeWorker(test.db, districtId, "D"),
      await makeWorker(test.db, districtId, "B"),
    ];
    const notFound = { ok: false, reason: "notFound" };
    for (const stranger of strangers) {
      expect(await caseForWorker(test.db, stranger.id, caseId, "uz", ALL)).toBeNull();
      expect((await caseList(test.db, stranger.id, "uz")) ?? []).toEqual([]);
      const calls = [
        saveAssessment(test.db, stranger, caseId, { recordedOn: "2026-11-01", goals: "x", accommodations: [] }),
        savePlanVersion(test.db, stranger, caseId, plan("x")),
        acknowledgePlan(test.db, stranger, caseId, { version: 1, acknowledgedOn: "2026-11-01", witness: "x" }),
        setActionStatus(test.db, stranger, caseId, { version: 1, action: 0, status: "done" }),
        sendReferral(test.db, stranger, caseId, { kind: "NGO", organisation: "x", sentOn: "2026-11-01" }),
        answerReferral(test.db, stranger, caseId, { referralId, status: "DONE", respondedOn: "2026-11-03" }),
        completeReview(test.db, stranger, caseId, 1, { note: "x", satisfaction: 3 }),
        addCaseNote(test.db, stranger, caseId, "x"),
        closeCase(test.db, stranger, caseId, { reason: "MOVED" }),
      ];
      for (const result of await Promise.all(calls)) expect(result).toEqual(notFound);
    }
    expect(await test.db.caseNote.count({ where: { caseId } })).toBe(0);
    expect(await test.db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ stage: "IN_PROGRESS" });
    expect(await caseForWorker(test.db, head.id, caseId, "uz", ALL)).not.toBeNull();
    expect((await caseList(test.db, head.id, "uz"))?.some((c) => c.id === caseId && c.worker !== null)).toBe(true);
    expect(await addCaseNote(test.db, head, caseId, "Rahbar koʻrdi")).toEqual({ ok: true });
  });

  it("shows reviews whose day has come on the worker's list", async () => {
    const artisan = await makeCaseArtisan(test.db, districtId, {
      recordedBy: worker,
      onboardedAt: new Date("2026-01-10T08:00:00Z"),
    });
    const opened = await openCase(test.db, worker, { artisanId: artisan.id }, new Date("2026-01-12T08:00:00Z"));
    const row = (await caseList(test.db, worker.id, "uz"))?.find((c) => opened.ok && c.id === opened.caseId);
    expect(row?.reviewsDue.slice(0, 2)).toEqual([
      { number: 1, dueOn: "2026-02-10" },
      { number: 2, dueOn: "2026-03-10" },
    ]);
    // Onboarded long ago and nothing delivered since: flagged.
    expect(row?.noSale).toBe(true);
  });
});
