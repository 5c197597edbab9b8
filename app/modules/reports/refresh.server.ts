import type { Db } from "~/utils/db.server";

/** The dashboard's materialised views (migration 20261207030000_reports). */
/** In this order: report_month_district and report_cohort_district are computed from report_artisan. */
const VIEWS = [
  "report_artisan",
  "report_month_district",
  "report_cohort_district",
  "report_district_month",
  "report_listing_approval",
] as const;

/**
 * Brings the dashboard's figures up to date. CONCURRENTLY: readers keep the previous figures while
 * a view is rebuilt, instead of waiting for it. Run by the pg-boss job every 10 minutes and once
 * after the demo seed.
 */
export async function refreshReports(db: Db): Promise<void> {
  for (const view of VIEWS) {
    await db.$executeRawUnsafe(`REFRESH MATERIALIZED VIEW CONCURRENTLY "${view}"`);
  }
}
