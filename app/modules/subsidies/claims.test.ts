import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeStaff } from "~/modules/badges/test-badges";
import { makeRegion } from "~/modules/catalog/test-catalog";
import { isCheckViolation } from "~/utils/db.server";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { countersignClaim } from "./countersign.server";
import { approveClaim, rejectClaim } from "./decide.server";
import { recordPayment } from "./pay.server";
import { saveClaimDocuments, startClaim, submitClaim } from "./prepare.server";
import { makeProgramme, makeQualifiedArtisan } from "./test-claims";

let test: TestDatabase;
let homeId: string;
type Person = { id: string };
let b: Person, a: Person, d: Person, head: Person, head2: Person, awayHead: Person;
let programme: Awaited<ReturnType<typeof makeProgramme>>;

// A Friday morning in Tashkent; Tuesday 8 December is a public holiday (Constitution Day).
const FRIDAY = new Date("2026-12-04T05:00:00Z");

beforeAll(async () => {
  test = await createTestDatabase();
  homeId = (await makeRegion(test.db, "UZ-S1")).id;
  const awayId = (await makeRegion(test.db, "UZ-S2")).id;
  const sw = (name: string, level: "A" | "B" | "D" | "F", district = homeId) =>
    makeStaff(test.db, district, ["SOCIAL_WORKER"], name, level);
  b = await sw("Malika Usmonova", "B");
  a = await sw("Aziza Yoqubova", "A");
  d = await sw("Dilshod Rahimov", "D");
  head = await sw("Farrux Sodiqov", "F");
  head2 = await sw("Feruza Nazarova", "F");
  awayHead = await sw("Boshqa Rahbar", "F", awayId);
  programme = await makeProgramme(test.db);
  await test.db.baseCalculationAmount.createMany({
    data: [
      { amountMinor: 41_200_000n, effectiveFrom: new Date("2025-08-01") },
      { amountMinor: 43_000_000n, effectiveFrom: new Date("2026-12-05") },
    ],
  });
  await test.db.publicHoliday.create({
    data: {
      day: new Date("2026-12-08"),
      nameUz: "Konstitutsiya kuni",
      nameRu: "День Конституции",
      nameEn: "Constitution Day",
    },
  });
});
afterAll(async () => test?.drop());

const allDocs = () => programme.documents.map((doc) => doc.id);
const claimOf = (id: string) => test.db.subsidyClaim.findUniqueOrThrow({ where: { id } });

/** A qualified artisan's claim prepared by `by`, documents seen and submitted. */
async function submittedClaim(by: Person, now = new Date()) {
  const { artisan, user } = await makeQualifiedArtisan(test.db, homeId, by);
  const started = await startClaim(test.db, by, { artisanId: artisan.id, programmeId: programme.id }, now);
  if (!started.ok) throw new Error(started.reason);
  expect(await saveClaimDocuments(test.db, by, started.claimId, allDocs())).toEqual({ ok: true });
  expect(await submitClaim(test.db, by, started.claimId, now)).toEqual({ ok: true });
  return { claimId: started.claimId, artisan, user };
}

describe("preparing and submitting", () => {
  it("a level-B worker's claim goes straight to the branch head, due in 3 days; the artisan is told in the app and by text", async () => {
    const { claimId, user } = await submittedClaim(b, FRIDAY);
    const claim = await claimOf(claimId);
    expect(claim).toMatchObject({ status: "SUBMITTED", needsCountersign: false, preparedById: b.id });
    expect(claim.decisionDueOn?.toISOString().slice(0, 10)).toBe("2026-12-07");
    expect(await test.db.notification.count({ where: { userId: user.id, kind: "subsidy.submitted" } })).toBe(1);
    const sms = await test.db.outboxSms.findFirstOrThrow({ where: { to: user.phone! } });
    expect(sms.text).toContain("07.12.2026");
    expect(await test.db.notification.count({ where: { userId: head.id, kind: "subsidy.decisionWaiting" } })).toBe(1);
    const audit = await test.db.auditLog.findFirstOrThrow({ where: { action: "subsidy.submit", entityId: claimId } });
    expect(audit).toMatchObject({ actorId: b.id, onBehalfOf: user.id });
  });

  it("refuses to submit while a check is unmet or a document unseen", async () => {
    const { artisan } = await makeQualifiedArtisan(test.db, homeId, b);
    const started = await startClaim(test.db, b, { artisanId: artisan.id, programmeId: programme.id });
    if (!started.ok) throw new Error(started.reason);
    await saveClaimDocuments(test.db, b, started.claimId, [programme.documents[0]!.id, "not-a-document"]);
    expect((await claimOf(started.claimId)).documentIds).toEqual([programme.documents[0]!.id]);
    expect(await submitClaim(test.db, b, started.claimId)).toEqual({ ok: false, reason: "documentsMissing" });
    await test.db.consent.updateMany({ where: { artisanId: artisan.id }, data: { revokedAt: new Date() } });
    await saveClaimDocuments(test.db, b, started.claimId, allDocs());
    expect(await submitClaim(test.db, b, started.claimId)).toEqual({ ok: false, reason: "notEligible" });
    expect((await claimOf(started.claimId)).status).toBe("DRAFT");
  });

  it("20 attempts at once to start a claim for one artisan give one draft", async () => {
    const { artisan } = await makeQualifiedArtisan(test.db, homeId, b);
    const input = { artisanId: artisan.id, programmeId: programme.id };
    const results = await Promise.all(Array.from({ length: 20 }, () => startClaim(test.db, b, input)));
    const ids = new Set(results.map((r) => (r.ok ? r.claimId : r.reason)));
    expect(ids.size).toBe(1);
    expect(await test.db.subsidyClaim.count({ where: { artisanId: artisan.id } })).toBe(1);
  });

  it("another district's claim does not exist for a worker", async () => {
    const { claimId } = await submittedClaim(b);
    expect(await approveClaim(test.db, awayHead, claimId)).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("a level-A worker's claim", () => {
  it("waits for a D or F countersign, never the preparer's, and cannot skip it even by a forged write", async () => {
    const { claimId } = await submittedClaim(a);
    expect(await claimOf(claimId)).toMatchObject({ status: "AWAITING_COUNTERSIGN", needsCountersign: true });
    expect(await test.db.notification.count({ where: { userId: d.id, kind: "subsidy.countersignWaiting" } })).toBe(1);
    expect(await approveClaim(test.db, head, claimId)).toEqual({ ok: false, reason: "alreadyDone" });
    // Forged: straight to submitted, or first clearing the flag the database set from the level.
    const forged = test.db.subsidyClaim.update({ where: { id: claimId }, data: { status: "SUBMITTED" } });
    await expect(forged).rejects.toSatisfy(isCheckViolation);
    await test.db.subsidyClaim.update({ where: { id: claimId }, data: { needsCountersign: false } });
    expect((await claimOf(claimId)).needsCountersign).toBe(true);
    expect(await countersignClaim(test.db, b, claimId)).toEqual({ ok: false, reason: "levelTooLow" });
    expect(await countersignClaim(test.db, d, claimId)).toEqual({ ok: true });
    const claim = await claimOf(claimId);
    expect(claim).toMatchObject({ status: "SUBMITTED", countersignedById: d.id });
    expect(claim.decisionDueOn).not.toBeNull();
  });
});

describe("deciding", () => {
  it("neither the preparer nor the countersigner decides — by the module or a forged write — and only a level-F head", async () => {
    const own = await submittedClaim(head);
    expect(await approveClaim(test.db, head, own.claimId)).toEqual({ ok: false, reason: "fourEyes" });
    const forged = test.db.subsidyClaim.update({
      where: { id: own.claimId },
      data: { status: "REJECTED", decidedById: head.id, decisionReasonCode: "OTHER" },
    });
    await expect(forged).rejects.toSatisfy(isCheckViolation);
    const signed = await submittedClaim(a);
    expect(await countersignClaim(test.db, head, signed.claimId)).toEqual({ ok: true });
    expect(await rejectClaim(test.db, head, signed.claimId, { reasonCode: "NOT_ELIGIBLE" })).toEqual({
      ok: false,
      reason: "fourEyes",
    });
    expect(await approveClaim(test.db, d, signed.claimId)).toEqual({ ok: false, reason: "levelTooLow" });
    const byD = test.db.subsidyClaim.update({
      where: { id: signed.claimId },
      data: { status: "REJECTED", decidedById: d.id, decisionReasonCode: "OTHER" },
    });
    await expect(byD).rejects.toSatisfy(isCheckViolation);
    expect(await approveClaim(test.db, head2, signed.claimId)).toEqual({ ok: true });
  });

  it("uses the BCA in force on the decision day: the old value the day before a new one starts, the new one from its day", async () => {
    const before = await submittedClaim(b, FRIDAY);
    expect(await approveClaim(test.db, head, before.claimId, FRIDAY)).toEqual({ ok: true });
    // 1.50 × 412 000 soʻm = 618 000 soʻm; paid within 3 working days: Mon 7, (Tue 8 holiday), Wed 9, Thu 10.
    expect(await claimOf(before.claimId)).toMatchObject({
      status: "APPROVED",
      bcaValueMinor: 41_200_000n,
      amountMinor: 61_800_000n,
      decidedById: head.id,
    });
    expect((await claimOf(before.claimId)).paymentDueOn?.toISOString().slice(0, 10)).toBe("2026-12-10");
    const after = await submittedClaim(b, FRIDAY);
    const saturday = new Date("2026-12-05T05:00:00Z");
    expect(await approveClaim(test.db, head, after.claimId, saturday)).toEqual({ ok: true });
    expect(await claimOf(after.claimId)).toMatchObject({ bcaValueMinor: 43_000_000n, amountMinor: 64_500_000n });
    expect((await claimOf(after.claimId)).bcaMultiple?.toString()).toBe("1.5");
  });

  it("a refusal needs a reason; 20 heads deciding at once give one decision", async () => {
    const { claimId, user } = await submittedClaim(b);
    expect(await rejectClaim(test.db, head, claimId, { reasonCode: "OTHER" })).toEqual({
      ok: false,
      reason: "reasonRequired",
    });
    const heads = [head, head2];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? approveClaim(test.db, heads[i % 2]!, claimId)
          : rejectClaim(test.db, heads[i % 2]!, claimId, { reasonCode: "NOT_ELIGIBLE" }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const decisions = await test.db.auditLog.count({
      where: { entityId: claimId, action: { in: ["subsidy.approve", "subsidy.reject"] } },
    });
    expect(decisions).toBe(1);
    const kinds = ["subsidy.approved", "subsidy.rejected"];
    expect(await test.db.notification.count({ where: { userId: user.id, kind: { in: kinds } } })).toBe(1);
  });

  it("one approved or paid claim per artisan and programme, held by the database under 20 concurrent writes", async () => {
    const { artisan } = await makeQualifiedArtisan(test.db, homeId, b);
    const approved = {
      artisanId: artisan.id,
      programmeId: programme.id,
      preparedById: b.id,
      status: "APPROVED" as const,
      decidedById: head.id,
      decidedAt: new Date(),
      bcaMultiple: "1.50",
      bcaValueMinor: 41_200_000n,
      amountMinor: 61_800_000n,
    };
    const writes = await Promise.allSettled(
      Array.from({ length: 20 }, () => test.db.subsidyClaim.create({ data: approved })),
    );
    expect(writes.filter((w) => w.status === "fulfilled")).toHaveLength(1);
    // And the module will not start a second claim to approval: the check says so.
    const started = await startClaim(test.db, b, { artisanId: artisan.id, programmeId: programme.id });
    if (!started.ok) throw new Error(started.reason);
    await saveClaimDocuments(test.db, b, started.claimId, allDocs());
    expect(await submitClaim(test.db, b, started.claimId)).toEqual({ ok: false, reason: "notEligible" });
  });
});

describe("payment", () => {
  it("is recorded by the head with a day between the decision and today, and tells the artisan", async () => {
    const { claimId, user } = await submittedClaim(b);
    const now = new Date();
    expect(await approveClaim(test.db, head, claimId, now)).toEqual({ ok: true });
    const today = now.toISOString().slice(0, 10);
    const order = { paidOn: "2020-01-01", orderNumber: "PO-17" };
    expect(await recordPayment(test.db, head, claimId, order)).toEqual({ ok: false, reason: "paidOnOutOfRange" });
    expect(await recordPayment(test.db, d, claimId, { ...order, paidOn: today })).toEqual({
      ok: false,
      reason: "levelTooLow",
    });
    expect(await recordPayment(test.db, head, claimId, { ...order, paidOn: today })).toEqual({ ok: true });
    expect(await claimOf(claimId)).toMatchObject({
      status: "PAID",
      paymentOrderNumber: "PO-17",
      paymentRecordedById: head.id,
    });
    expect(await test.db.notification.count({ where: { userId: user.id, kind: "subsidy.paid" } })).toBe(1);
    expect(await recordPayment(test.db, head, claimId, { ...order, paidOn: today })).toEqual({
      ok: false,
      reason: "alreadyDone",
    });
  });
});
