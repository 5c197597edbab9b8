import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { localized } from "~/utils/i18n/localized";
import { artisanCounts, type ArtisanCounts, type Grouped } from "./artisan-counts.server";
import { retentionCohorts, type Cohort } from "./cohorts.server";
import type { Breakdown, BreakdownRow, Figure, FigureKey, FigureKind } from "./figures";
import type { Period } from "./period";
import type { ReportScope } from "./scope.server";
import { shown, shownOver, shownShare, type Shown } from "./small-numbers";
import { periodSums, type Sums } from "./sums.server";
import { monthlyTrend } from "./trend.server";
import { paidArtisans, workCounts } from "./work-counts.server";

export type ShownCohort = { month: string; onboarded: Shown; active6: Shown; active12: Shown };
export type ShownTrendMonth = { month: string; active: Shown; earning: Shown };

/** Every figure the page and the CSV show, already through the fewer-than-5 rule. */
export type Report = {
  figures: Figure[];
  breakdowns: Breakdown[];
  trend: ShownTrendMonth[];
  cohorts: ShownCohort[];
};

const NO_COUNTS: ArtisanCounts = { onboarded: 0, verified: 0, active: 0, earning: 0, credited: 0, ordered: 0 };
const NO_SUMS: Sums = {
  orders: 0,
  orderValueMinor: 0,
  creditedMinor: 0,
  homePickups: 0,
  branchPickups: 0,
  failedPickups: 0,
};

function cells(counts: ArtisanCounts, sums: Sums | null): BreakdownRow["cells"] {
  return {
    onboarded: shown(counts.onboarded),
    verified: shown(counts.verified),
    active: shown(counts.active),
    earning: shown(counts.earning),
    orders: sums ? shown(sums.orders) : null,
    income: sums ? shownOver(counts.credited, sums.creditedMinor) : null,
  };
}

/** A breakdown's rows, from the counts and sums keyed "<dimension>:<key>" (sums are not kept by craft). */
function breakdown(
  by: Breakdown["by"],
  dimension: "place" | "gender" | "craft",
  rows: { key: string; label: string }[],
  counts: Grouped<ArtisanCounts>,
  sums: Grouped<Sums> | null,
): Breakdown {
  return {
    by,
    rows: rows.map(({ key, label }) => ({
      key,
      label,
      cells: cells(
        counts.get(`${dimension}:${key}`) ?? NO_COUNTS,
        sums ? (sums.get(`${dimension}:${key}`) ?? NO_SUMS) : null,
      ),
    })),
  };
}

/** The keys and labels of each breakdown's rows: every place in scope, both genders and "not said", every craft. */
async function breakdownRows(db: Db, scope: ReportScope, locale: Locale, genderLabel: (g: string) => string) {
  const byRegion = !scope.regionId && !scope.districtIds;
  const places = byRegion
    ? scope.regions
    : scope.districts.filter((d) => !scope.districtIds || scope.districtIds.includes(d.id));
  const crafts = await db.category.findMany({
    orderBy: { sortOrder: "asc" },
    select: { id: true, nameUz: true, nameRu: true, nameEn: true },
  });
  const named = (rows: { id: string; nameUz: string; nameRu: string; nameEn: string }[]) =>
    rows.map((row) => ({ key: row.id, label: localized(row, "name", locale) }));
  return {
    place: { by: byRegion ? ("region" as const) : ("district" as const), rows: named(places) },
    gender: ["FEMALE", "MALE", "UNKNOWN"].map((key) => ({ key, label: genderLabel(key) })),
    craft: named(crafts),
  };
}

export async function buildReport(
  db: Db,
  scope: ReportScope,
  period: Period,
  locale: Locale,
  genderLabel: (gender: string) => string,
  now = new Date(),
): Promise<Report> {
  const today = tashkentNow(now).today.toISOString().slice(0, 10);
  const rows = await breakdownRows(db, scope, locale, genderLabel);
  const [counts, sums, work, paidTo, trend, cohorts] = await Promise.all([
    artisanCounts(db, scope, period, rows.place.by),
    periodSums(db, scope, period, rows.place.by),
    workCounts(db, scope, period),
    paidArtisans(db, scope, period),
    monthlyTrend(db, scope, period.untilMonth),
    retentionCohorts(db, scope, period.untilMonth, today),
  ]);
  const a = counts.get("all") ?? NO_COUNTS;
  const s = sums.get("all") ?? NO_SUMS;
  const figure = (key: FigureKey, kind: FigureKind, value: Shown): Figure => ({ key, kind, value });
  const count = (key: FigureKey, n: number) => figure(key, "count", shown(n));
  const figures: Figure[] = [
    count("outreach", work.outreach),
    count("visited", work.visited),
    count("onboarded", a.onboarded),
    count("verified", a.verified),
    count("active", a.active),
    count("earning", a.earning),
    figure("income", "money", shownOver(a.credited, s.creditedMinor)),
    count("orders", s.orders),
    figure("orderValue", "money", shownOver(a.ordered, s.orderValueMinor)),
    figure("homeShare", "percent", shownShare(s.homePickups, s.homePickups + s.branchPickups)),
    count("homePickups", s.homePickups),
    count("branchPickups", s.branchPickups),
    count("failedPickups", s.failedPickups),
    figure("medianApprovalDays", "days", shownOver(work.approvals, work.medianApprovalDays)),
    count("claimsSubmitted", work.claimsSubmitted),
    count("claimsDecided", work.claimsDecided),
    count("claimsDecidedInTime", work.claimsDecidedInTime),
    count("claimsApproved", work.claimsApproved),
    count("claimsPaid", work.claimsPaid),
    figure("paidAmount", "money", shownOver(paidTo, work.paidMinor)),
    count("casesOpen", work.casesOpen),
    count("reviewsDue", work.reviewsDue),
    count("reviewsOnTime", work.reviewsOnTime),
    count("referralsSent", work.referralsSent),
    count("referralsAnswered", work.referralsAnswered),
  ];
  return {
    figures,
    breakdowns: [
      breakdown(rows.place.by, "place", rows.place.rows, counts, sums),
      breakdown("gender", "gender", rows.gender, counts, sums),
      breakdown("craft", "craft", rows.craft, counts, null),
    ],
    trend: trend.map((m) => ({ month: m.month, active: shown(m.active), earning: shown(m.earning) })),
    cohorts: cohorts.map((c: Cohort) => ({
      month: c.month,
      onboarded: shown(c.onboarded),
      active6: c.active6 === null ? null : shown(c.active6),
      active12: c.active12 === null ? null : shown(c.active12),
    })),
  };
}
