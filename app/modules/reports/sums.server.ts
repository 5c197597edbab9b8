import { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import { rollUp, type Grouped, type PlaceLevel } from "./artisan-counts.server";
import type { Period } from "./period";
import { inScope, type ReportScope } from "./scope.server";

export type Sums = {
  orders: number;
  orderValueMinor: number;
  creditedMinor: number;
  homePickups: number;
  branchPickups: number;
  failedPickups: number;
};

/**
 * Orders, money and pickups in the scope over the period's months (report_district_month): all, by
 * place and by gender, keyed as artisanCounts keys them. Not kept by craft.
 */
export async function periodSums(
  db: Db,
  scope: ReportScope,
  period: Period,
  place: PlaceLevel,
): Promise<Grouped<Sums>> {
  const cells = await db.$queryRaw<(Sums & { district: string; region: string; gender: string })[]>`
    SELECT s.district_id AS district, s.region_id AS region, s.gender,
      sum(s.orders)::int AS orders,
      sum(s.order_value)::float8 AS "orderValueMinor",
      sum(s.credited)::float8 AS "creditedMinor",
      sum(s.home_pickups)::int AS "homePickups",
      sum(s.branch_pickups)::int AS "branchPickups",
      sum(s.failed_pickups)::int AS "failedPickups"
    FROM report_district_month s
    WHERE s.month BETWEEN ${`${period.fromMonth}-01`}::date AND ${`${period.untilMonth}-01`}::date
      AND ${inScope(scope, Prisma.sql`s.district_id`)}
    GROUP BY s.district_id, s.region_id, s.gender`;
  return rollUp(cells, place);
}
