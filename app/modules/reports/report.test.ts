import type { Role } from "~/generated/prisma/enums";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { artisanCounts } from "./artisan-counts.server";
import { parsePeriod } from "./period";
import { buildReport, type Report } from "./report.server";
import { reportScope, type ReportScope } from "./scope.server";
import { periodSums } from "./sums.server";
import { makeNovember } from "./test-november";
import { at, makeStaff } from "./test-reports";
import { workCounts } from "./work-counts.server";

// The figures on the hand-made data set of test-november.ts, whose comments give each answer.
let t: TestDatabase;
let d1: string;
let d2: string;
let moderator: { id: string; roles: Role[] };
let admin: typeof moderator;
const NOW = at("2026-12-06T06:00:00Z");
const november = parsePeriod(new URLSearchParams("period=month&month=2026-11"), NOW).period;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ d1, d2, moderator, admin } = await makeNovember(t.db));
});
afterAll(async () => t?.drop());

const scopeOf = (user: typeof moderator, asked: { region?: string; district?: string } = {}) =>
  reportScope(t.db, user, { region: asked.region ?? null, district: asked.district ?? null });
const report = (scope: ReportScope) => buildReport(t.db, scope, november, "en", (g) => g, NOW);
const figure = (r: Report, key: string) => r.figures.find((f) => f.key === key)?.value;

describe("the dashboard's figures for November 2026 in D1", () => {
  it("counts artisans by Tashkent days: onboarded, verified on the last day, active, earning", async () => {
    const counts = (await artisanCounts(t.db, await scopeOf(moderator), november, "district")).get("all");
    expect(counts).toEqual({ onboarded: 6, verified: 5, active: 6, earning: 6, credited: 6, ordered: 6 });
  });

  it("sums orders, money and pickups of the period's days", async () => {
    const sums = (await periodSums(t.db, await scopeOf(moderator), november, "district")).get("all");
    expect(sums).toEqual({
      orders: 6,
      orderValueMinor: 53_000_000,
      creditedMinor: 52_000_000,
      homePickups: 5,
      branchPickups: 1,
      failedPickups: 2,
    });
  });

  it("counts the outreach, moderation, subsidy and case work", async () => {
    expect(await workCounts(t.db, await scopeOf(moderator), november)).toEqual({
      outreach: 3,
      visited: 2,
      approvals: 5,
      medianApprovalDays: 3,
      claimsSubmitted: 2,
      claimsDecided: 3,
      claimsDecidedInTime: 1,
      claimsApproved: 2,
      claimsPaid: 1,
      paidMinor: 41_200_000,
      casesOpen: 1,
      reviewsDue: 2,
      reviewsOnTime: 1,
      referralsSent: 2,
      referralsAnswered: 1,
    });
  });

  it("shows 1 to 4 as 'fewer than 5', and hides money and shares over fewer than 5", async () => {
    const r = await report(await scopeOf(moderator));
    expect(Object.fromEntries(r.figures.map((f) => [f.key, f.value]))).toEqual({
      outreach: "fewer",
      visited: "fewer",
      onboarded: 6,
      verified: 5,
      active: 6,
      earning: 6,
      income: 52_000_000,
      orders: 6,
      orderValue: 53_000_000,
      homeShare: "fewer",
      homePickups: 5,
      branchPickups: "fewer",
      failedPickups: "fewer",
      medianApprovalDays: 3,
      claimsSubmitted: "fewer",
      claimsDecided: "fewer",
      claimsDecidedInTime: "fewer",
      claimsApproved: "fewer",
      claimsPaid: "fewer",
      paidAmount: "fewer",
      casesOpen: "fewer",
      reviewsDue: "fewer",
      reviewsOnTime: "fewer",
      referralsSent: "fewer",
      referralsAnswered: "fewer",
    });
  });

  it("breaks down by district, gender and craft, never below 5 and never by disability group", async () => {
    const r = await report(await scopeOf(moderator));
    expect(r.breakdowns.map((b) => b.by)).toEqual(["district", "gender", "craft"]);
    const [place, gender, craft] = r.breakdowns;
    expect(place!.rows).toEqual([
      {
        key: d1,
        label: "District R1",
        cells: { onboarded: 6, verified: 5, active: 6, earning: 6, orders: 6, income: 52_000_000 },
      },
    ]);
    expect(gender!.rows.map((row) => [row.key, row.cells.onboarded, row.cells.income])).toEqual([
      ["FEMALE", 5, 52_000_000],
      ["MALE", "fewer", 0],
      ["UNKNOWN", 0, 0],
    ]);
    expect(craft!.rows.map((row) => [row.label, row.cells.onboarded, row.cells.orders])).toEqual([
      ["Skullcaps", 6, null],
      ["Pottery", "fewer", null],
    ]);
  });

  it("draws the monthly trend of active and earning artisans", async () => {
    const r = await report(await scopeOf(moderator));
    expect(r.trend).toHaveLength(12);
    expect(r.trend.slice(-2)).toEqual([
      { month: "2026-10", active: 0, earning: 0 },
      { month: "2026-11", active: 6, earning: 6 },
    ]);
  });
});

describe("scope", () => {
  it("gives administrators the country, by region", async () => {
    const r = await report(await scopeOf(admin));
    expect(figure(r, "onboarded")).toBe(7);
    expect(figure(r, "verified")).toBe(6);
    expect(r.breakdowns[0]!.by).toBe("region");
  });

  it("keeps moderators and branch heads to their districts and refuses others with 404", async () => {
    const branchHead = await makeStaff(t.db, ["SOCIAL_WORKER"], [d1], "F");
    expect((await scopeOf(branchHead)).districtIds).toEqual([d1]);
    await expect(scopeOf(moderator, { district: d2 })).rejects.toMatchObject({ status: 404 });
    const region2 = (await t.db.district.findUniqueOrThrow({ where: { id: d2 } })).regionId;
    await expect(scopeOf(moderator, { region: region2 })).rejects.toMatchObject({ status: 404 });
    await expect(scopeOf(admin, { district: "nowhere" })).rejects.toMatchObject({ status: 404 });
    const levelB = await makeStaff(t.db, ["SOCIAL_WORKER"], [d1], "B");
    await expect(scopeOf(levelB)).rejects.toMatchObject({ status: 404 });
  });
});

describe("retention cohorts", () => {
  it("counts the artisans of an onboarding month active 6 and 12 months later, and not yet for recent months", async () => {
    const scope = await scopeOf(admin, { district: d2 });
    const r = await report(scope);
    expect(r.cohorts).toEqual([
      { month: "2025-05", onboarded: 6, active6: 5, active12: "fewer" },
      { month: "2026-11", onboarded: "fewer", active6: null, active12: null },
    ]);
  });
});
