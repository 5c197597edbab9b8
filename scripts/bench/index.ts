// `npm run bench`: storefront throughput and latency at 1 000 and 100 000 listings, against the
// framework's floor, plus the listing page's JavaScript weight and photo processing (photos.ts),
// then the M&E dashboard at 50 000 artisans and 5 million orders (reports.ts; it takes a while).
// BENCH_ONLY=reports runs the dashboard part alone.
// Prints a table; writes
// .cache/bench/results.json. Targets are checked and reported, never asserted by tests.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateKeyringEntry } from "../../app/utils/encryption.server";
import { startEmbeddedPostgres, freePort } from "../../server/embedded-postgres";
import { migrate } from "../../server/database";
import { growCatalog } from "./grow-catalog";
import { htmlSizeLines, measureHtmlSizes, type PageSize } from "./html-sizes";
import { routeJavaScriptBytes } from "./js-size";
import { measure, type LoadResult } from "./load";
import { measurePhotos, photoLine } from "./photos";
import { benchReports, REPORTS_P95_TARGET_MS, type ReportsResult } from "./reports";
import { pickTargets } from "./targets";
import { startServer } from "./server";

const REPORTS_ONLY = process.env.BENCH_ONLY === "reports";
const SIZES = REPORTS_ONLY ? [] : [1_000, 100_000];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hunarmand-bench-"));
fs.chmodSync(dataDir, 0o755);
const secrets = {
  SESSION_SECRET: "bench-session-secret-0123456789-abcdef",
  ENCRYPTION_KEYS: generateKeyringEntry("bench"),
};
Object.assign(process.env, secrets, { DATA_DIR: dataDir, NODE_ENV: "production" });

console.log("Building the app…");
execFileSync("npx", ["remix", "vite:build"], { stdio: "ignore" });
const pg = await startEmbeddedPostgres(path.join(dataDir, "pg"), { quiet: true });
let pageSizes: PageSize[] = [];
const rows: Array<{ listings: number; page: string; result: LoadResult; floor: LoadResult }> = [];
let reports: ReportsResult | null = null;
try {
  await migrate(pg.url);
  const { seedInto } = await import("./seed");
  await seedInto(pg.url, dataDir);
  // BENCH_PORT picks the port (e.g. 3400, away from others' e2e servers); by default a free one.
  const port = Number(process.env.BENCH_PORT) || (await freePort());
  const server = await startServer({
    port,
    env: { ...secrets, DATABASE_URL: pg.url, DATA_DIR: dataDir, BENCH_FLOOR: "1" },
  });
  try {
    if (!REPORTS_ONLY) {
      pageSizes = await measureHtmlSizes(pg.url, `http://127.0.0.1:${port}`);
      console.log("\nHTML of every page template (Uzbek Latin, largest over the demo roles)");
      for (const text of htmlSizeLines(pageSizes)) console.log(text);
    }
    for (const size of SIZES) {
      const listings = await growCatalog(pg.url, size);
      console.log(`\n${listings} approved listings`);
      for (const target of await pickTargets(pg.url, `http://127.0.0.1:${port}`)) {
        const result = await measure(target.url);
        const floor = await measure(target.floorUrl);
        rows.push({ listings, page: target.name, result, floor });
        console.log(line(target.name, result, floor));
      }
    }
    reports = await benchReports(pg.url, `http://127.0.0.1:${port}`);
  } finally {
    await server.stop();
  }
} finally {
  await pg.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const js = routeJavaScriptBytes("routes/l.$slug");
report(rows, js);
if (reports) {
  const worst = Math.max(...reports.pages.map((page) => page.p95));
  console.log(
    `  /reports p95 ≤ ${REPORTS_P95_TARGET_MS} ms at ${reports.artisans} artisans and ${reports.orders} orders: ${worst.toFixed(0)} ms (views refreshed in ${reports.refreshSeconds.toFixed(0)} s)`,
  );
}
const photos = REPORTS_ONLY ? null : await measurePhotos();
if (photos) console.log(`\nPhoto processing\n${photoLine(photos)}`);
fs.writeFileSync(
  ".cache/bench/results.json",
  JSON.stringify({ rows, listingPageJs: js, pageSizes, photos, reports }, null, 2),
);

function line(name: string, r: LoadResult, floor: LoadResult) {
  const ratio = ((r.rps / floor.rps) * 100).toFixed(0);
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  return (
    `  ${name.padEnd(9)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  ` +
    `floor ${floor.rps.toFixed(0)} req/s → ${ratio} % of floor${r.non2xx + r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : ""}`
  );
}

function report(all: typeof rows, size: ReturnType<typeof routeJavaScriptBytes>) {
  const at = (listings: number, page: string) => all.find((r) => r.page === page && r.listings >= listings - 1);
  const small = at(SIZES[0]!, "catalog");
  const large = at(SIZES[1]!, "catalog");
  console.log("\nTargets");
  if (small && large) {
    console.log(
      `  catalog with search ≥ 50 % of floor: ${((large.result.rps / large.floor.rps) * 100).toFixed(0)} % at 100k`,
    );
    console.log(
      `  catalog p95 ≤ 50 ms at 32 connections: ${large.result.p95.toFixed(0)} ms at 100k, ${small.result.p95.toFixed(0)} ms at 1k`,
    );
    console.log(`  p95 at 100k ≤ 1.3 × p95 at 1k: ${(large.result.p95 / small.result.p95).toFixed(2)} ×`);
  }
  console.log(
    `  listing page JavaScript ≤ 85 KB gzipped: ${(size.gzipBytes / 1024).toFixed(1)} KB in ${size.files} files (Brotli: ${(size.brotliBytes / 1024).toFixed(1)} KB)`,
  );
  fs.mkdirSync(".cache/bench", { recursive: true });
  fs.writeFileSync(".cache/bench/results.json", JSON.stringify({ rows: all, listingPageJs: size }, null, 2));
}
