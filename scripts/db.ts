import path from "node:path";
// Runs a Prisma CLI command against the local database:
//   tsx scripts/db.ts migrate dev | migrate status | migrate deploy | migrate reset …
// Without DATABASE_URL it starts the project's embedded PostgreSQL (kept in
// ./data/pg) for the duration of the command. Prisma 7 does not read .env, and
// prisma.config.ts points the CLI at our offline schema-engine bridge.
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres, type RunningPostgres } from "../server/embedded-postgres";

const root = fileURLToPath(new URL("..", import.meta.url));
const prismaCli = fileURLToPath(new URL("../node_modules/prisma/build/index.js", import.meta.url));

async function main(): Promise<number> {
  let postgres: RunningPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    postgres = await startEmbeddedPostgres(path.resolve(root, process.env.DATA_DIR ?? "data", "pg"));
    process.env.DATABASE_URL = postgres.url;
  }
  try {
    return await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [prismaCli, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
      // Ctrl-C reaches the CLI through the terminal; wait for it to finish so
      // the database is stopped cleanly afterwards.
      const ignore = () => {};
      process.on("SIGINT", ignore);
      process.on("SIGTERM", () => child.kill("SIGTERM"));
      child.on("error", reject);
      child.on("exit", (code, signal) => {
        process.off("SIGINT", ignore);
        resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
      });
    });
  } finally {
    await postgres?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
