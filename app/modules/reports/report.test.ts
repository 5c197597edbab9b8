import type { LedgerKind, Role } from "~/generated/prisma/enums";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { artisanCounts } from "./artisan-counts.server";
import { parsePeriod } from "./period";
import { refreshReports } from "./refresh.server";
import { buildReport, type Report } from "./report.server";
import { reportScope, type ReportScope } from "./scope.server";
import { periodSums } from "./sums.server";
import {
  at,
  day,
  grantBadge,
  makeApprovedListing,
  makePlace,
  makeReportArtisan,
  makeSale,
  makeStaff,
} from "./test-reports";
import { workCounts } from "./work-counts.server";

// November 2026 in district D1 (and D2 for scoping and the cohorts). 19:00 UTC is Tashkent's midnight.
let t: TestDatabase;
let d1: string;
let d2: string;
let moderator: { id: string; roles: Role[] };
let admin: typeof moderator;
const NOW = at("2026-12-06T06:00:00Z");
const november = parsePeriod(new URLSearchParams("period=month&month=2026-11"), NOW).period;

beforeAll(async () => {
  t = await createTestDatabase();
  const db = t.db;
  d1 = (await makePlace(db, "R1")).id;
  d2 = (await makePlace(db, "R2")).id;
  const doppi = await db.category.create({
    data: { slug: "doppi-r", nameUz: "Doʻppi", nameRu: "Тюбетейки", nameEn: "Skullcaps" },
  });
  const pottery = await db.category.create({
    data: { slug: "kulol-r", nameUz: "Kulolchilik", nameRu: "Керамика", nameEn: "Pottery" },
  });
  moderator = await makeStaff(db, ["MODERATOR"], [d1]);
  admin = await makeStaff(db, ["ADMIN"], []);
  const worker = await makeStaff(db, ["SOCIAL_WORKER"], [d1, d2], "B");
  const head = await makeStaff(db, ["SOCIAL_WORKER"], [d1], "F");
  const mid = at("2026-11-10T07:00:00Z");
  // a1–a5: women onboarded in November, skullcaps (a1 pottery too); a6: a man onboarded at 00:30 on
  // 1 November in Tashkent; a7: onboarded at 23:30 on 31 October in Tashkent.
  const a = [];
  for (let i = 0; i < 5; i++)
    a.push(
      await makeReportArtisan(db, {
        districtId: d1,
        onboardedAt: mid,
        gender: "FEMALE",
        craftIds: i === 0 ? [doppi.id, pottery.id] : [doppi.id],
      }),
    );
  a.push(
    await makeReportArtisan(db, {
      districtId: d1,
      onboardedAt: at("2026-10-31T19:30:00Z"),
      gender: "MALE",
      craftIds: [doppi.id],
    }),
  );
  a.push(
    await makeReportArtisan(db, {
      districtId: d1,
      onboardedAt: at("2026-10-31T18:30:00Z"),
      gender: "FEMALE",
      craftIds: [],
    }),
  );
  const b1 = await makeReportArtisan(db, {
    districtId: d2,
    onboardedAt: at("2026-11-05T07:00:00Z"),
    gender: "FEMALE",
    craftIds: [],
  });
  const badge = { worker: worker.id, moderator: moderator.id, decidedAt: at("2026-11-12T07:00:00Z") };
  // Valid on 30 November: a1–a5 and b1; a6's ended on 29 November; a7's was revoked on 20 November.
  for (const artisan of [...a.slice(0, 5), b1])
    await grantBadge(db, { ...badge, artisanId: artisan.id, validUntil: day("2027-12-31") });
  await grantBadge(db, { ...badge, artisanId: a[5]!.id, validUntil: day("2026-11-29") });
  await grantBadge(db, {
    ...badge,
    artisanId: a[6]!.id,
    decidedAt: at("2026-10-01T07:00:00Z"),
    validUntil: day("2027-12-31"),
    revokedAt: at("2026-11-20T07:00:00Z"),
  });
  // Listings approved in November after 1, 2, 3, 4 and 10 days (a1 has two): median 3; a5's is approved in December.
  for (const [i, wait] of [
    [0, 1],
    [1, 2],
    [2, 3],
    [3, 4],
    [0, 10],
  ] as const)
    await makeApprovedListing(
      db,
      a[i]!.id,
      at("2026-11-02T07:00:00Z"),
      new Date(at("2026-11-02T07:00:00Z").getTime() + wait * 86_400_000),
    );
  await makeApprovedListing(db, a[4]!.id, at("2026-12-01T07:00:00Z"), at("2026-12-05T07:00:00Z"));
  // Sales: a1–a5 placed 14 Nov, delivered 15 Nov (100 000 soʻm each; a1's commission, a2's refund);
  // a7's placed in October and delivered at Tashkent's midnight starting 1 November; a6's delivered at
  // Tashkent's midnight starting 1 December, dropped off at a branch.
  for (let i = 0; i < 5; i++) {
    const delivered = at("2026-11-15T07:00:00Z");
    const ledger: { kind: LedgerKind; amountMinor: number; at: Date }[] = [
      { kind: "SALE_CREDIT", amountMinor: 10_000_000, at: delivered },
    ];
    if (i === 0) ledger.push({ kind: "COMMISSION", amountMinor: -1_000_000, at: delivered });
    if (i === 1) ledger.push({ kind: "REFUND_DEBIT", amountMinor: -2_000_000, at: at("2026-11-20T07:00:00Z") });
    await makeSale(db, {
      artisanId: a[i]!.id,
      placedAt: at("2026-11-14T07:00:00Z"),
      totalMinor: 10_000_000,
      pickup: "HOME_PICKUP",
      deliveredAt: delivered,
      ledger,
      failedAt: i === 0 ? [at("2026-11-14T09:00:00Z"), at("2026-11-14T11:00:00Z")] : [],
    });
  }
  const lateSales = [
    {
      artisan: a[6]!,
      placedAt: "2026-10-30T07:00:00Z",
      at: "2026-10-31T19:00:00Z",
      total: 5_000_000,
      pickup: "HOME_PICKUP",
    },
    {
      artisan: a[5]!,
      placedAt: "2026-11-29T07:00:00Z",
      at: "2026-11-30T19:00:00Z",
      total: 3_000_000,
      pickup: "BRANCH_DROP_OFF",
    },
  ] as const;
  for (const sale of lateSales)
    await makeSale(db, {
      artisanId: sale.artisan.id,
      placedAt: at(sale.placedAt),
      totalMinor: sale.total,
      pickup: sale.pickup,
      deliveredAt: at(sale.at),
      ledger: [{ kind: "SALE_CREDIT", amountMinor: sale.total, at: at(sale.at) }],
    });
  // Outreach: three people named in November, two visited in it (one more visit on 31 October).
  for (let i = 0; i < 3; i++) {
    const contact = await db.outreachContact.create({
      data: { districtId: d1, name: "Ism", nameKey: "ism", source: "MAHALLA", createdById: worker.id, createdAt: mid },
    });
    await db.homeVisit.create({
      data: {
        contactId: contact.id,
        plannedOn: day("2026-11-01"),
        doneOn: day(i === 2 ? "2026-10-31" : "2026-11-02"),
        plannedById: worker.id,
      },
    });
  }
  // Claims: c1 decided in time and paid; c2 refused late; c3 submitted in October, approved late in November.
  const programme = await db.subsidyProgramme.create({
    data: { code: "R-SE", nameUz: "S", nameRu: "S", nameEn: "S", bcaMultiple: "1", startsOn: day("2026-01-01") },
  });
  const decided = { decidedById: head.id, bcaMultiple: "1", bcaValueMinor: 41_200_000n, amountMinor: 41_200_000n };
  const claim = { programmeId: programme.id, preparedById: worker.id };
  await db.subsidyClaim.create({
    data: {
      ...claim,
      ...decided,
      artisanId: a[0]!.id,
      status: "PAID",
      submittedAt: at("2026-11-03T07:00:00Z"),
      decisionDueOn: day("2026-11-06"),
      decidedAt: at("2026-11-05T07:00:00Z"),
      paidOn: day("2026-11-10"),
      paymentOrderNumber: "P1",
      paymentRecordedById: head.id,
    },
  });
  await db.subsidyClaim.create({
    data: {
      ...claim,
      artisanId: a[1]!.id,
      status: "REJECTED",
      submittedAt: at("2026-11-03T07:00:00Z"),
      decisionDueOn: day("2026-11-06"),
      decidedById: head.id,
      decidedAt: at("2026-11-09T07:00:00Z"),
      decisionReasonCode: "other",
    },
  });
  await db.subsidyClaim.create({
    data: {
      ...claim,
      ...decided,
      artisanId: a[2]!.id,
      status: "APPROVED",
      submittedAt: at("2026-10-28T07:00:00Z"),
      decisionDueOn: day("2026-10-31"),
      decidedAt: at("2026-11-01T19:30:00Z"),
    },
  });
  // Cases: a1's open (reviews: one on time, one late, one due in December; referrals: one of two answered);
  // a2's closed on 15 November; a3's opened in December.
  const open = await db.case.create({
    data: { artisanId: a[0]!.id, socialWorkerId: head.id, stage: "MONITORING", openedAt: at("2026-10-01T07:00:00Z") },
  });
  await db.case.create({
    data: {
      artisanId: a[1]!.id,
      socialWorkerId: head.id,
      stage: "CLOSED",
      openedAt: at("2026-10-01T07:00:00Z"),
      closedAt: at("2026-11-15T07:00:00Z"),
      closureReason: "MOVED",
    },
  });
  await db.case.create({
    data: { artisanId: a[2]!.id, socialWorkerId: head.id, openedAt: at("2026-12-02T07:00:00Z") },
  });
  await db.monthlyReview.createMany({
    data: [
      { caseId: open.id, number: 1, dueOn: day("2026-11-10"), doneOn: day("2026-11-09") },
      { caseId: open.id, number: 2, dueOn: day("2026-11-20"), doneOn: day("2026-11-25") },
      { caseId: open.id, number: 3, dueOn: day("2026-12-10") },
    ],
  });
  const referral = {
    caseId: open.id,
    kind: "TRAINING" as const,
    organisation: "Markaz",
    sentById: head.id,
    answerDueOn: day("2026-11-12"),
  };
  await db.referral.createMany({
    data: [
      { ...referral, sentOn: day("2026-11-03"), respondedOn: day("2026-11-05"), status: "ACCEPTED" },
      { ...referral, sentOn: day("2026-11-04") },
      { ...referral, sentOn: day("2026-10-20"), respondedOn: day("2026-10-22"), status: "DONE" },
    ],
  });
  // Cohort of May 2025 in D2: six onboarded; five sold in November 2025 (active on 30 November 2025);
  // two have listings on sale from January 2026 (active on 31 May 2026).
  for (let i = 0; i < 6; i++) {
    const c = await makeReportArtisan(db, {
      districtId: d2,
      onboardedAt: at("2025-05-10T07:00:00Z"),
      gender: "FEMALE",
      craftIds: [],
    });
    if (i < 5)
      await makeSale(db, {
        artisanId: c.id,
        placedAt: at("2025-11-18T07:00:00Z"),
        totalMinor: 1_000_000,
        pickup: "HOME_PICKUP",
        deliveredAt: at("2025-11-20T07:00:00Z"),
      });
    if (i < 2) await makeApprovedListing(db, c.id, at("2025-12-30T07:00:00Z"), at("2026-01-02T07:00:00Z"));
  }
  await refreshReports(db);
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
