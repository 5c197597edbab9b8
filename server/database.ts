import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Env } from "../app/utils/env.server";
import { startEmbeddedPostgres } from "./embedded-postgres";

const run = promisify(execFile);

export type PreparedDatabase = { url: string; local: boolean; stop: () => Promise<void> };

/**
 * DATABASE_URL set → that server. Unset → an embedded PostgreSQL kept in DATA_DIR/pg (local mode).
 * Either way the migrations are applied with the standard `prisma migrate deploy`.
 */
export async function prepareDatabase(env: Env): Promise<PreparedDatabase> {
  let prepared: PreparedDatabase;
  if (env.DATABASE_URL) {
    prepared = { url: env.DATABASE_URL, local: false, stop: async () => {} };
  } else {
    const pg = await startEmbeddedPostgres(path.join(env.DATA_DIR, "pg"));
    prepared = { url: pg.url, local: true, stop: pg.stop };
    process.env.HUNARMAND_LOCAL_MODE = "1";
  }
  process.env.DATABASE_URL = prepared.url;
  try {
    await migrate(prepared.url);
  } catch (error) {
    await prepared.stop();
    throw error;
  }
  return prepared;
}

export async function migrate(url: string) {
  const cli = path.resolve("node_modules/prisma/build/index.js");
  try {
    await run(process.execPath, [cli, "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url } });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`prisma migrate deploy failed:\n${stdout}${stderr}`);
  }
}
