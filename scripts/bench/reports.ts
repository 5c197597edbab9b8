import { performance } from "node:perf_hooks";
import { refreshReports } from "../../app/modules/reports/refresh.server";
import { createDb } from "../../app/utils/db.server";
import { createSession } from "../../app/utils/session.server";
import { growReports } from "./grow-reports";

export const REPORTS_SCALE = { artisans: 50_000, orders: 5_000_000 };
export const REPORTS_P95_TARGET_MS = 300;
const REQUESTS = 50;

export type ReportsResult = {
  artisans: number;
  orders: number;
  refreshSeconds: number;
  pages: { name: string; p50: number; p95: number; max: number }[];
};

/**
 * The M&E dashboard at 50 000 artisans and 5 million orders: grows the data in SQL, refreshes the
 * dashboard's views (timed: the pg-boss job does this every 10 minutes), then asks for /reports 50
 * times one after another — the country for a year as an administrator, and one moderator's
 * districts for a month — and gives the median and 95th percentile of the answer times.
 */
export async function benchReports(databaseUrl: string, base: string): Promise<ReportsResult> {
  console.log(`\nM&E dashboard: growing to ${REPORTS_SCALE.artisans} artisans and ${REPORTS_SCALE.orders} orders…`);
  await growReports(databaseUrl, REPORTS_SCALE);
  const db = createDb(databaseUrl);
  try {
    const started = performance.now();
    await refreshReports(db);
    const refreshSeconds = (performance.now() - started) / 1000;
    console.log(`  views refreshed in ${refreshSeconds.toFixed(1)} s`);
    const cookieOf = async (email: string) => {
      const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
      return `lang=uz; hm_session=${(await createSession(db, user.id, { twoFactorPassed: true })).token}`;
    };
    const [counts] = await db.$queryRaw<{ artisans: number; orders: number }[]>`
      SELECT (SELECT count(*)::int FROM "ArtisanProfile") AS artisans, (SELECT count(*)::int FROM "Order") AS orders`;
    const year = new Date().getUTCFullYear();
    const pages = [
      {
        name: "country, a year",
        url: `${base}/reports?period=year&month=${year}-01`,
        cookie: await cookieOf("admin@hunarmand.uz"),
      },
      { name: "districts, a month", url: `${base}/reports`, cookie: await cookieOf("moderator@hunarmand.uz") },
      {
        name: "CSV, country",
        url: `${base}/reports.csv?period=year&month=${year}-01`,
        cookie: await cookieOf("admin@hunarmand.uz"),
      },
    ];
    const results = [];
    for (const page of pages) {
      const times = await timeRequests(page.url, page.cookie);
      results.push({ name: page.name, ...times });
      console.log(
        `  /reports ${page.name.padEnd(20)} p50 ${times.p50.toFixed(0)} ms  p95 ${times.p95.toFixed(0)} ms  max ${times.max.toFixed(0)} ms`,
      );
    }
    return { artisans: counts!.artisans, orders: counts!.orders, refreshSeconds, pages: results };
  } finally {
    await db.$disconnect();
  }
}

async function timeRequests(url: string, cookie: string) {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(url, { headers: { Cookie: cookie }, redirect: "manual" });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    await response.arrayBuffer();
    return performance.now() - started;
  };
  await once(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) samples.push(await once());
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!;
  return { p50: at(50), p95: at(95), max: samples[samples.length - 1]! };
}
