import { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import { addMonthsTo, lastDayOf } from "./period";
import { inScope, type ReportScope } from "./scope.server";

/**
 * Of the artisans onboarded in a month, how many were active at the end of the 6th and the 12th
 * month after it (onboarded in January → active on 31 July and on 31 January a year later); null
 * while that day has not come yet. Active is activeOn's definition (report_cohort_district).
 */
export type Cohort = { month: string; onboarded: number; active6: number | null; active12: number | null };

export const COHORT_MONTHS = 24;

export async function retentionCohorts(
  db: Db,
  scope: ReportScope,
  untilMonth: string,
  today: string,
): Promise<Cohort[]> {
  const rows = await db.$queryRaw<{ month: string; onboarded: number; active6: number; active12: number }[]>`
    SELECT to_char(c.month, 'YYYY-MM') AS month, sum(c.onboarded)::int AS onboarded,
      sum(c.active6)::int AS active6, sum(c.active12)::int AS active12
    FROM report_cohort_district c
    WHERE c.month BETWEEN ${`${addMonthsTo(untilMonth, 1 - COHORT_MONTHS)}-01`}::date AND ${`${untilMonth}-01`}::date
      AND ${inScope(scope, Prisma.sql`c.district_id`)}
    GROUP BY c.month ORDER BY c.month`;
  const come = (month: string, after: number) => lastDayOf(addMonthsTo(month, after)) <= today;
  return rows.map((row) => ({
    month: row.month,
    onboarded: row.onboarded,
    active6: come(row.month, 6) ? row.active6 : null,
    active12: come(row.month, 12) ? row.active12 : null,
  }));
}
