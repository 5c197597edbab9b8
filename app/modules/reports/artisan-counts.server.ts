import { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import type { Period } from "./period";
import { inScope, type ReportScope } from "./scope.server";

/** Where a breakdown's rows are: regions for the whole country, districts otherwise. */
export type PlaceLevel = "region" | "district";

/**
 * Rows are keyed "all", "place:<id>", "gender:<FEMALE|MALE|UNKNOWN>" and (for artisans)
 * "craft:<id>": one scan of a view answers the figures and every breakdown at once.
 */
export type Grouped<T> = Map<string, T>;

export type ArtisanCounts = {
  onboarded: number;
  verified: number;
  active: number;
  earning: number;
  /** Artisans with money credited in the period: amounts over fewer than 5 of them are hidden. */
  credited: number;
  /** Artisans with an order placed in the period: order values over fewer than 5 are hidden. */
  ordered: number;
};

/**
 * Active on the last day of a month: a listing on sale (approved by then and still approved) or a
 * sale delivered in the 30 days up to and including that day. The one definition, shared by the
 * figures, the trend and the cohorts; `lastDay` is always a month's last day (periods are whole months).
 */
export const activeOn = (lastDay: Prisma.Sql) =>
  Prisma.sql`(r.live_since <= ${lastDay} OR r.recent_sale_months @> date_trunc('month', ${lastDay})::date)`;

function counts(period: Period): Prisma.Sql {
  const first = Prisma.sql`${period.firstDay}::date`;
  const last = Prisma.sql`${period.lastDay}::date`;
  const during = Prisma.sql`daterange(${first}, ${last}, '[]')`;
  return Prisma.sql`
    count(*) FILTER (WHERE r.onboarded_on BETWEEN ${first} AND ${last})::int AS onboarded,
    count(*) FILTER (WHERE r.badge_days @> ${last})::int AS verified,
    count(*) FILTER (WHERE r.onboarded_on <= ${last} AND ${activeOn(last)})::int AS active,
    count(*) FILTER (WHERE r.sale_months && ${during})::int AS earning,
    count(*) FILTER (WHERE r.credit_months && ${during})::int AS credited,
    count(*) FILTER (WHERE r.order_months && ${during})::int AS ordered`;
}

type Cell<T> = T & { district: string; region: string; gender: string };

/**
 * Rolls rows kept per district and gender up into "all", "place:<id>" and "gender:<key>". Each
 * artisan is in exactly one district and gender, so counts of artisans add up without double counting.
 */
export function rollUp<T extends Record<string, number>>(cells: Cell<T>[], place: PlaceLevel): Grouped<T> {
  const grouped: Grouped<T> = new Map();
  for (const { district, region, gender, ...values } of cells) {
    for (const key of ["all", `place:${place === "region" ? region : district}`, `gender:${gender}`]) {
      const sum = (grouped.get(key) ?? {}) as Record<string, number>;
      for (const [name, value] of Object.entries(values)) sum[name] = (sum[name] ?? 0) + (value as number);
      grouped.set(key, sum as T);
    }
  }
  return grouped;
}

/** Counts of artisans in the scope for the period (report_artisan): all, by place, gender and craft. */
export async function artisanCounts(
  db: Db,
  scope: ReportScope,
  period: Period,
  place: PlaceLevel,
): Promise<Grouped<ArtisanCounts>> {
  const where = inScope(scope, Prisma.sql`r.district_id`);
  const [cells, crafts] = await Promise.all([
    db.$queryRaw<Cell<ArtisanCounts>[]>`
      SELECT r.district_id AS district, r.region_id AS region, r.gender, ${counts(period)}
      FROM report_artisan r WHERE ${where}
      GROUP BY r.district_id, r.region_id, r.gender`,
    db.$queryRaw<(ArtisanCounts & { craft: string })[]>`
      SELECT k.craft, ${counts(period)}
      FROM report_artisan r CROSS JOIN LATERAL unnest(r.crafts) AS k(craft) WHERE ${where}
      GROUP BY k.craft`,
  ]);
  const grouped = rollUp(cells, place);
  for (const { craft, ...row } of crafts) grouped.set(`craft:${craft}`, row);
  return grouped;
}
