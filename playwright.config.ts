import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// One folder per run, shared by its workers: the page states axe has already passed (fixtures.ts).
if (!process.env.AXE_PASSED_DIR) {
  fs.rmSync(".cache/axe-passed", { recursive: true, force: true }); // earlier runs'
  process.env.AXE_PASSED_DIR = path.resolve(`.cache/axe-passed/${Date.now()}`);
}
// Debian's Chromium headless shell: the same Blink as the browser without its UI, and half the
// run time on these 2 cores (9.4 → 5.1 min); the full browser if only that is installed (ADR 014).
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const chromium = process.env.CHROMIUM_PATH ?? (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium");

// Each flow runs once, in the language of the people it is about (artisans and the association:
// Uzbek Latin, older artisans Uzbek Cyrillic; buyers and support: Russian as well). What is the same
// in every language is proved once; what differs (words, scripts, lengths) is proved for all four
// languages on every page by the crawl (tests/crawl, Vitest), and for the longest two, Uzbek Latin
// and Russian, by the phone tour here, with axe on every page template in both.
const specs = (...names: string[]) => new RegExp(`(^|/)(${names.join("|")})\\.spec\\.ts$`);
// onboarding runs once with both scripts: the worker's pages in Latin, the artisan's in Cyrillic.
// Subsidy claims run in Uzbek (the claim is paid once: one run); cases in Russian (sw.d's pages).
const UZ = specs(
  "accounts",
  "settings",
  "certificates",
  "walk",
  "onboarding",
  "subsidies",
  "checkout",
  "moderation",
  "catalog",
  "studio",
  "pages",
  "phone",
);
const RU = specs(
  "cases",
  "cart",
  "orders",
  "reviews",
  "notifications",
  "payouts",
  "refunds",
  "earnings",
  "storefront",
  "fake-stripe",
  "no-javascript",
  "pages",
  "phone",
);
// The administrators' console and the M&E dashboard also in English (issue 13: uz and en).
const EN = specs("console", "reports");
const UZ_CYRL = specs("assisted", "studio-orders", "logistics", "caseload");

/**
 * Browser tests run the production build on a fresh embedded database (its own DATA_DIR, seeded
 * with the demo data at start), in Debian's Chromium. Same-day pickups are open all day here, so
 * the pickup flow works at any hour.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // A busy CI machine runs a step several times slower than a quiet one: room, not a retry.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // A trace records every action with DOM snapshots and screenshots: recording it for every test
    // (to keep only failures') took a third of the browser suite's time. A retry (CI) records one;
    // locally, `npx playwright test <file> --trace on` for a failing flow.
    trace: "on-first-retry",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "uz", use: { ...devices["Desktop Chrome"], locale: "uz-UZ" }, testMatch: UZ },
    { name: "ru", use: { ...devices["Desktop Chrome"], locale: "ru-RU" }, testMatch: RU },
    { name: "uz-Cyrl", use: { ...devices["Desktop Chrome"], locale: "uz-Cyrl-UZ" }, testMatch: UZ_CYRL },
    { name: "en", use: { ...devices["Desktop Chrome"], locale: "en-GB" }, testMatch: EN },
  ],
  webServer: {
    command: `rm -rf .cache/e2e-${PORT} && NODE_ENV=production SAME_DAY_PICKUP_UNTIL=24:00 DATA_DIR=.cache/e2e-${PORT} PORT=${PORT} tsx server/index.ts`,
    url: `http://localhost:${PORT}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
