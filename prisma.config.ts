import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// The native schema engine cannot be downloaded on these machines: every
// `prisma` command runs our bridge to the WebAssembly engine instead
// (see prisma/engine-bridge/schema-engine.mjs). An explicit setting wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./prisma/engine-bridge/schema-engine.mjs", import.meta.url),
);

// Prisma 7 does not load .env; scripts/db.ts provides DATABASE_URL locally.
// Left unset, `prisma generate` and `validate` still work (no database needed).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed/index.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL,
  },
});
