import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Runs only the bridge tests, without the project's global database setup:
//   npx vitest run --config prisma/engine-bridge/vitest.bridge.config.ts
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["prisma/engine-bridge/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
