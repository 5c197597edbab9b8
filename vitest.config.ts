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
    // Vitest's default on 2 CPUs is one fork; a test spends much of its time waiting on PostgreSQL
    // or the served app, and three forks finish the run sooner (232 s against 275 s here).
    maxWorkers: 3,
    minWorkers: 1,
    // Fixed secrets for tests, so nothing is generated into ./data by a test run.
    env: {
      SESSION_SECRET: "test-session-secret-that-is-long-enough-0123456789",
      ENCRYPTION_KEYS: "test1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
    },
  },
});
