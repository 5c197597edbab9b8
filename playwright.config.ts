import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Browser tests run the production build on a fresh embedded database (its own DATA_DIR, seeded
 * with the demo data at start), in Debian's Chromium. Every flow runs in Uzbek and in Russian.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
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
    { name: "uz", use: { ...devices["Desktop Chrome"], locale: "uz-UZ" } },
    { name: "ru", use: { ...devices["Desktop Chrome"], locale: "ru-RU" } },
  ],
  webServer: {
    command: `rm -rf .cache/e2e-${PORT} && NODE_ENV=production SAME_DAY_PICKUP_UNTIL=24:00 DATA_DIR=.cache/e2e-${PORT} PORT=${PORT} tsx server/index.ts`,
    url: `http://localhost:${PORT}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
