import { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import type { Period } from "./period";
import { inScope, type ReportScope } from "./scope.server";

// The social workers' and moderators' work in the period. These tables stay small (one row per
// person named, claim, case, listing), so they are read directly; only the order tables, which
// grow with every sale, are read through the materialised views.

export type WorkCounts = {
  outreach: number;
  visited: number;
  approvals: number;
  medianApprovalDays: number | null;
  claimsSubmitted: number;
  claimsDecided: number;
  claimsDecidedInTime: number;
  claimsApproved: number;
  claimsPaid: number;
  paidMinor: number;
  casesOpen: number;
  reviewsDue: number;
  reviewsOnTime: number;
  referralsSent: number;
  referralsAnswered: number;
};

const day = (column: Prisma.Sql) => Prisma.sql`(${column} + interval '5 hours')::date`;

export async function workCounts(db: Db, scope: ReportScope, period: Period): Promise<WorkCounts> {
  const first = Prisma.sql`${period.firstDay}::date`;
  const last = Prisma.sql`${period.lastDay}::date`;
  const within = (column: Prisma.Sql) => Prisma.sql`${column} BETWEEN ${first} AND ${last}`;
  const artisanIn = inScope(scope, Prisma.sql`a."districtId"`);
  const [row] = await db.$queryRaw<WorkCounts[]>`
    SELECT
      (SELECT count(*)::int FROM "OutreachContact" o
        WHERE ${within(day(Prisma.sql`o."createdAt"`))} AND ${inScope(scope, Prisma.sql`o."districtId"`)}) AS outreach,
      (SELECT count(DISTINCT v."contactId")::int FROM "HomeVisit" v JOIN "OutreachContact" o ON o.id = v."contactId"
        WHERE ${within(Prisma.sql`v."doneOn"`)} AND ${inScope(scope, Prisma.sql`o."districtId"`)}) AS visited,
      (SELECT count(*)::int FROM report_listing_approval l
        WHERE ${within(Prisma.sql`l.approved_on`)} AND ${inScope(scope, Prisma.sql`l.district_id`)}) AS approvals,
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY l.wait_days)::float8 FROM report_listing_approval l
        WHERE ${within(Prisma.sql`l.approved_on`)} AND ${inScope(scope, Prisma.sql`l.district_id`)}) AS "medianApprovalDays",
      c."claimsSubmitted", c."claimsDecided", c."claimsDecidedInTime", c."claimsApproved", c."claimsPaid", c."paidMinor",
      k."casesOpen", k."reviewsDue", k."reviewsOnTime", k."referralsSent", k."referralsAnswered"
    FROM (
      SELECT
        count(*) FILTER (WHERE ${within(day(Prisma.sql`s."submittedAt"`))})::int AS "claimsSubmitted",
        count(*) FILTER (WHERE ${within(day(Prisma.sql`s."decidedAt"`))})::int AS "claimsDecided",
        count(*) FILTER (WHERE ${within(day(Prisma.sql`s."decidedAt"`))}
          AND ${day(Prisma.sql`s."decidedAt"`)} <= s."decisionDueOn")::int AS "claimsDecidedInTime",
        count(*) FILTER (WHERE ${within(day(Prisma.sql`s."decidedAt"`))} AND s.status IN ('APPROVED', 'PAID'))::int AS "claimsApproved",
        count(*) FILTER (WHERE ${within(Prisma.sql`s."paidOn"`)})::int AS "claimsPaid",
        COALESCE(sum(s."amountMinor") FILTER (WHERE ${within(Prisma.sql`s."paidOn"`)}), 0)::float8 AS "paidMinor"
      FROM "SubsidyClaim" s JOIN "ArtisanProfile" a ON a.id = s."artisanId" WHERE ${artisanIn}
    ) c, (
      SELECT
        (SELECT count(*)::int FROM "Case" k JOIN "ArtisanProfile" a ON a.id = k."artisanId"
          WHERE ${artisanIn} AND ${day(Prisma.sql`k."openedAt"`)} <= ${last}
            AND (k."closedAt" IS NULL OR ${day(Prisma.sql`k."closedAt"`)} > ${last})) AS "casesOpen",
        (SELECT count(*)::int FROM "MonthlyReview" m JOIN "Case" k ON k.id = m."caseId" JOIN "ArtisanProfile" a ON a.id = k."artisanId"
          WHERE ${artisanIn} AND ${within(Prisma.sql`m."dueOn"`)}) AS "reviewsDue",
        (SELECT count(*)::int FROM "MonthlyReview" m JOIN "Case" k ON k.id = m."caseId" JOIN "ArtisanProfile" a ON a.id = k."artisanId"
          WHERE ${artisanIn} AND ${within(Prisma.sql`m."dueOn"`)} AND m."doneOn" <= m."dueOn") AS "reviewsOnTime",
        (SELECT count(*)::int FROM "Referral" f JOIN "Case" k ON k.id = f."caseId" JOIN "ArtisanProfile" a ON a.id = k."artisanId"
          WHERE ${artisanIn} AND ${within(Prisma.sql`f."sentOn"`)}) AS "referralsSent",
        (SELECT count(*)::int FROM "Referral" f JOIN "Case" k ON k.id = f."caseId" JOIN "ArtisanProfile" a ON a.id = k."artisanId"
          WHERE ${artisanIn} AND ${within(Prisma.sql`f."sentOn"`)} AND f."respondedOn" IS NOT NULL) AS "referralsAnswered"
    ) k`;
  return row!;
}

/** How many artisans the subsidy money paid in the period went to: the amount is hidden below 5. */
export async function paidArtisans(db: Db, scope: ReportScope, period: Period): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT s."artisanId")::int AS n FROM "SubsidyClaim" s JOIN "ArtisanProfile" a ON a.id = s."artisanId"
    WHERE s."paidOn" BETWEEN ${period.firstDay}::date AND ${period.lastDay}::date
      AND ${inScope(scope, Prisma.sql`a."districtId"`)}`;
  return row?.n ?? 0;
}
