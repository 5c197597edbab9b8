// The dashboard tests' data set: November 2026 in district D1 (and D2 for scoping and the cohorts),
// each part placed so that its figures' answers are known. 19:00 UTC is Tashkent's midnight.
import type { LedgerKind } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { refreshReports } from "./refresh.server";
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

type Artisan = { id: string };
type Staff = { worker: string; moderator: string; head: string };

export async function makeNovember(db: Db) {
  const d1 = (await makePlace(db, "R1")).id;
  const d2 = (await makePlace(db, "R2")).id;
  const moderator = await makeStaff(db, ["MODERATOR"], [d1]);
  const admin = await makeStaff(db, ["ADMIN"], []);
  const worker = await makeStaff(db, ["SOCIAL_WORKER"], [d1, d2], "B");
  const head = await makeStaff(db, ["SOCIAL_WORKER"], [d1], "F");
  const staff = { worker: worker.id, moderator: moderator.id, head: head.id };
  const a = await makeArtisans(db, d1, d2, staff);
  await makeListings(db, a);
  await makeSales(db, a);
  await makeOutreach(db, d1, worker.id);
  await makeClaims(db, a, staff);
  await makeCases(db, a, head.id);
  await makeCohort(db, d2);
  await refreshReports(db);
  return { d1, d2, moderator, admin };
}

// a1–a5: women onboarded in November, skullcaps (a1 pottery too); a6: a man onboarded at 00:30 on
// 1 November in Tashkent; a7: onboarded at 23:30 on 31 October in Tashkent; b1 in D2.
// Badges valid on 30 November: a1–a5 and b1; a6's ended on 29 November; a7's was revoked on 20 November.
async function makeArtisans(db: Db, d1: string, d2: string, staff: Staff): Promise<Artisan[]> {
  const doppi = await db.category.create({
    data: { slug: "doppi-r", nameUz: "Doʻppi", nameRu: "Тюбетейки", nameEn: "Skullcaps" },
  });
  const pottery = await db.category.create({
    data: { slug: "kulol-r", nameUz: "Kulolchilik", nameRu: "Керамика", nameEn: "Pottery" },
  });
  const make = (onboardedAt: string, gender: "FEMALE" | "MALE", craftIds: string[], districtId = d1) =>
    makeReportArtisan(db, { districtId, onboardedAt: at(onboardedAt), gender, craftIds });
  const a: Artisan[] = [];
  for (let i = 0; i < 5; i++)
    a.push(await make("2026-11-10T07:00:00Z", "FEMALE", i === 0 ? [doppi.id, pottery.id] : [doppi.id]));
  a.push(await make("2026-10-31T19:30:00Z", "MALE", [doppi.id]));
  a.push(await make("2026-10-31T18:30:00Z", "FEMALE", []));
  const b1 = await make("2026-11-05T07:00:00Z", "FEMALE", [], d2);
  const badge = { worker: staff.worker, moderator: staff.moderator, decidedAt: at("2026-11-12T07:00:00Z") };
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
  return a;
}

// Listings approved in November after 1, 2, 3, 4 and 10 days (a1 has two): median 3; a5's is approved in December.
async function makeListings(db: Db, a: Artisan[]) {
  const sent = at("2026-11-02T07:00:00Z");
  for (const [i, wait] of [
    [0, 1],
    [1, 2],
    [2, 3],
    [3, 4],
    [0, 10],
  ] as const)
    await makeApprovedListing(db, a[i]!.id, sent, new Date(sent.getTime() + wait * 86_400_000));
  await makeApprovedListing(db, a[4]!.id, at("2026-12-01T07:00:00Z"), at("2026-12-05T07:00:00Z"));
}

// a1–a5 placed 14 Nov, delivered 15 Nov (100 000 soʻm each; a1's commission and two failed pickups,
// a2's refund); a7's placed in October and delivered at Tashkent's midnight starting 1 November; a6's
// delivered at Tashkent's midnight starting 1 December, dropped off at a branch.
async function makeSales(db: Db, a: Artisan[]) {
  const delivered = at("2026-11-15T07:00:00Z");
  for (let i = 0; i < 5; i++) {
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
  const late = [
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
  for (const sale of late)
    await makeSale(db, {
      artisanId: sale.artisan.id,
      placedAt: at(sale.placedAt),
      totalMinor: sale.total,
      pickup: sale.pickup,
      deliveredAt: at(sale.at),
      ledger: [{ kind: "SALE_CREDIT", amountMinor: sale.total, at: at(sale.at) }],
    });
}

// Three people named in November, two visited in it (one more visit on 31 October).
async function makeOutreach(db: Db, districtId: string, workerId: string) {
  for (let i = 0; i < 3; i++) {
    const contact = await db.outreachContact.create({
      data: {
        districtId,
        name: "Ism",
        nameKey: "ism",
        source: "MAHALLA",
        createdById: workerId,
        createdAt: at("2026-11-10T07:00:00Z"),
      },
    });
    await db.homeVisit.create({
      data: {
        contactId: contact.id,
        plannedOn: day("2026-11-01"),
        doneOn: day(i === 2 ? "2026-10-31" : "2026-11-02"),
        plannedById: workerId,
      },
    });
  }
}

// c1 decided in time and paid; c2 refused late; c3 submitted in October, approved late in November.
async function makeClaims(db: Db, a: Artisan[], staff: Staff) {
  const programme = await db.subsidyProgramme.create({
    data: { code: "R-SE", nameUz: "S", nameRu: "S", nameEn: "S", bcaMultiple: "1", startsOn: day("2026-01-01") },
  });
  const decided = { decidedById: staff.head, bcaMultiple: "1", bcaValueMinor: 41_200_000n, amountMinor: 41_200_000n };
  const claim = { programmeId: programme.id, preparedById: staff.worker };
  const inNovember = { submittedAt: at("2026-11-03T07:00:00Z"), decisionDueOn: day("2026-11-06") };
  await db.subsidyClaim.create({
    data: {
      ...claim,
      ...decided,
      ...inNovember,
      artisanId: a[0]!.id,
      status: "PAID",
      decidedAt: at("2026-11-05T07:00:00Z"),
      paidOn: day("2026-11-10"),
      paymentOrderNumber: "P1",
      paymentRecordedById: staff.head,
    },
  });
  await db.subsidyClaim.create({
    data: {
      ...claim,
      ...inNovember,
      artisanId: a[1]!.id,
      status: "REJECTED",
      decidedById: staff.head,
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
}

// a1's case open (reviews: one on time, one late, one due in December; referrals: one of two sent in
// November answered); a2's closed on 15 November; a3's opened in December.
async function makeCases(db: Db, a: Artisan[], headId: string) {
  const open = await db.case.create({
    data: { artisanId: a[0]!.id, socialWorkerId: headId, stage: "MONITORING", openedAt: at("2026-10-01T07:00:00Z") },
  });
  await db.case.create({
    data: {
      artisanId: a[1]!.id,
      socialWorkerId: headId,
      stage: "CLOSED",
      openedAt: at("2026-10-01T07:00:00Z"),
      closedAt: at("2026-11-15T07:00:00Z"),
      closureReason: "MOVED",
    },
  });
  await db.case.create({ data: { artisanId: a[2]!.id, socialWorkerId: headId, openedAt: at("2026-12-02T07:00:00Z") } });
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
    sentById: headId,
    answerDueOn: day("2026-11-12"),
  };
  await db.referral.createMany({
    data: [
      { ...referral, sentOn: day("2026-11-03"), respondedOn: day("2026-11-05"), status: "ACCEPTED" },
      { ...referral, sentOn: day("2026-11-04") },
      { ...referral, sentOn: day("2026-10-20"), respondedOn: day("2026-10-22"), status: "DONE" },
    ],
  });
}

// Cohort of May 2025 in D2: six onboarded; five sold in November 2025 (active on 30 November 2025);
// two have listings on sale from January 2026 (active on 31 May 2026).
async function makeCohort(db: Db, districtId: string) {
  for (let i = 0; i < 6; i++) {
    const c = await makeReportArtisan(db, {
      districtId,
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
}
