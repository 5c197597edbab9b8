import { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import { addMonthsTo } from "./period";
import { inScope, type ReportScope } from "./scope.server";

export type TrendMonth = { month: string; active: number; earning: number };

export const TREND_MONTHS = 12;

/**
 * Active artisans at each month's end and earning artisans in each month, for the 12 months up to
 * `untilMonth` (report_month_district, kept up to this month: a month still to come reads 0).
 */
export async function monthlyTrend(db: Db, scope: ReportScope, untilMonth: string): Promise<TrendMonth[]> {
  const start = `${addMonthsTo(untilMonth, 1 - TREND_MONTHS)}-01`;
  const end = `${untilMonth}-01`;
  return db.$queryRaw<TrendMonth[]>`
    SELECT to_char(m.month, 'YYYY-MM') AS month,
      COALESCE(sum(t.active), 0)::int AS active, COALESCE(sum(t.earning), 0)::int AS earning
    FROM generate_series(${start}::date, ${end}::date, interval '1 month') AS m(month)
    LEFT JOIN report_month_district t ON t.month = m.month::date AND ${inScope(scope, Prisma.sql`t.district_id`)}
    GROUP BY m.month ORDER BY m.month`;
}
