import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUniqueViolation } from "~/utils/db.server";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { closeCase } from "./close.server";
import { openCase } from "./open.server";
import { reviewDueDates } from "./schedule";
import { makeCaseArtisan, makeDistrict, makeWorker } from "./test-cases";

let test: TestDatabase;
let districtId: string;
let awayId: string;
const day = (value: string) => new Date(`${value}T00:00:00Z`);
const days = (dates: Date[]) => dates.map((d) => d.toISOString().slice(0, 10));

beforeAll(async () => {
  test = await createTestDatabase();
  districtId = await makeDistrict(test.db, "UZ-C1");
  awayId = await makeDistrict(test.db, "UZ-C2");
});
afterAll(async () => test?.drop());

describe("opening a case", () => {
  it("opens one for a consenting artisan of the district, by a level D, E or F worker, with six reviews", async () => {
    for (const level of ["D", "E", "F"] as const) {
      const worker = await makeWorker(test.db, districtId, level);
      const artisan = await makeCaseArtisan(test.db, districtId, { recordedBy: worker });
      const opened = await openCase(test.db, worker, { artisanId: artisan.id, externalEcaseId: "EC-2026/15" });
      expect(opened.ok).toBe(true);
      if (!opened.ok) continue;
      const row = await test.db.case.findUniqueOrThrow({ where: { id: opened.caseId }, include: { reviews: true } });
      expect(row).toMatchObject({ stage: "INTAKE", socialWorkerId: worker.id, openedById: worker.id });
      expect(row.externalEcaseId).toBe("EC-2026/15");
      expect(row.reviews.map((r) => r.number).sort()).toEqual([1, 2, 3, 4, 5, 6]);
      const audit = await test.db.auditLog.findFirstOrThrow({
        where: { action: "case.open", entityId: opened.caseId },
      });
      expect(audit.detail).toEqual({ artisanId: artisan.id, ecase: true });
    }
  });

  it("refuses without the case-records consent, or once it is withdrawn", async () => {
    const worker = await makeWorker(test.db, districtId, "D");
    const none = await makeCaseArtisan(test.db, districtId, { consent: false, recordedBy: worker });
    expect(await openCase(test.db, worker, { artisanId: none.id })).toEqual({ ok: false, reason: "noConsent" });
    const withdrawn = await makeCaseArtisan(test.db, districtId, { recordedBy: worker });
    await test.db.consent.updateMany({ where: { artisanId: withdrawn.id }, data: { revokedAt: new Date() } });
    expect(await openCase(test.db, worker, { artisanId: withdrawn.id })).toEqual({ ok: false, reason: "noConsent" });
  });

  it("refuses a level A or B worker, and does not show another district's artisan at all", async () => {
    const worker = await makeWorker(test.db, districtId, "D");
    const artisan = await makeCaseArtisan(test.db, districtId, { recordedBy: worker });
    for (const level of ["A", "B"] as const) {
      const low = await makeWorker(test.db, districtId, level);
      expect(await openCase(test.db, low, { artisanId: artisan.id })).toEqual({ ok: false, reason: "level" });
    }
    const away = await makeWorker(test.db, awayId, "F");
    expect(await openCase(test.db, away, { artisanId: artisan.id })).toEqual({ ok: false, reason: "notFound" });
    expect(await test.db.case.count({ where: { artisanId: artisan.id } })).toBe(0);
  });

  it("keeps one open case per artisan, also when five workers open one at the same moment", async () => {
    const workers = await Promise.all([1, 2, 3, 4, 5].map(() => makeWorker(test.db, districtId, "D")));
    const artisan = await makeCaseArtisan(test.db, districtId, { recordedBy: workers[0]! });
    const results = await Promise.all(workers.map((w) => openCase(test.db, w, { artisanId: artisan.id })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(Array(4).fill({ ok: false, reason: "alreadyOpen" }));
    const open = results.find((r) => r.ok)!;
    const owner = workers[results.indexOf(open)]!;
    expect(await openCase(test.db, owner, { artisanId: artisan.id })).toEqual({ ok: false, reason: "alreadyOpen" });
    // The database holds the rule too: a second open case written past the module is refused.
    const forged = await test.db.case
      .create({ data: { artisanId: artisan.id, socialWorkerId: owner.id } })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(forged)).toBe(true);
    // A closed case leaves room for a new one.
    if (open.ok) await closeCase(test.db, owner, open.caseId, { reason: "MOVED" });
    expect((await openCase(test.db, owner, { artisanId: artisan.id })).ok).toBe(true);
  });
});

describe("monthly reviews", () => {
  it("fall due n months after onboarding, on the month's last day when it has no such day", () => {
    expect(days(reviewDueDates(day("2027-01-31")))).toEqual([
      "2027-02-28",
      "2027-03-31",
      "2027-04-30",
      "2027-05-31",
      "2027-06-30",
      "2027-07-31",
    ]);
    expect(days(reviewDueDates(day("2028-01-30"))).slice(0, 2)).toEqual(["2028-02-29", "2028-03-30"]);
  });

  it("count from the Tashkent day of onboarding, also for a case opened months later", async () => {
    const worker = await makeWorker(test.db, districtId, "D");
    // 20:00 UTC on 30 January is already 31 January in Tashkent.
    const late = await makeCaseArtisan(test.db, districtId, {
      recordedBy: worker,
      onboardedAt: new Date("2027-01-30T20:00:00Z"),
    });
    const early = await makeCaseArtisan(test.db, districtId, {
      recordedBy: worker,
      onboardedAt: new Date("2026-05-02T08:00:00Z"),
    });
    const opened = [
      await openCase(test.db, worker, { artisanId: late.id }, new Date("2027-01-10T06:00:00Z")),
      await openCase(test.db, worker, { artisanId: early.id }, new Date("2026-08-31T06:00:00Z")),
    ];
    const dues = await Promise.all(
      opened.map(async (o) =>
        o.ok
          ? days(
              (await test.db.monthlyReview.findMany({ where: { caseId: o.caseId }, orderBy: { number: "asc" } })).map(
                (r) => r.dueOn,
              ),
            )
          : [],
      ),
    );
    expect(dues[0]?.slice(0, 3)).toEqual(["2027-02-28", "2027-03-31", "2027-04-30"]);
    expect(dues[1]).toEqual(["2026-06-02", "2026-07-02", "2026-08-02", "2026-09-02", "2026-10-02", "2026-11-02"]);
  });
});
