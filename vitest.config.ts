import { defineConfig } from "vitest/config";

// Vitest gets its own config so it neither loads the Remix plugin nor picks up Playwright specs.
export default defineConfig({
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  test: {
    include: [
      "app/**/*.test.{ts,tsx}",
      "prisma/**/*.test.ts",
      "scripts/**/*.test.ts",
      "server/**/*.test.ts",
      "tests/setup/**/*.test.ts",
      "tests/authorization/**/*.test.ts",
      "tests/hostile/**/*.test.ts",
      "tests/crawl/**/*.test.ts",
    ],
    globalSetup: ["./tests/setup/global-db.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Test files share a process and the modules it has loaded (each file still has its own
    // database): loading the app once per process instead of once per file took the run from
    // 310 s to 163 s. What a file changes for the process it puts back (ADR 018).
    isolate: false,
    // Vitest's default on 2 CPUs is one fork; a test spends much of its time waiting on PostgreSQL
    // or the served app, and three forks finish the run sooner (232 s against 275 s here).
    maxWorkers: 3,
    // All three from the start to the end: with files sharing processes, a process ended for being
    // idle while the last files run made tinypool report "Terminating worker thread" (vitest#8133).
    minWorkers: 3,
    // The served app's production build is Node's to load (as in production), a fresh copy per app.
    server: { deps: { external: [/\/build\/server\//] } },
    // Fixed secrets for tests, so nothing is generated into ./data by a test run.
    env: {
      SESSION_SECRET: "test-session-secret-that-is-long-enough-0123456789",
      ENCRYPTION_KEYS: "test1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
    },
  },
});
