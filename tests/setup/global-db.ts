import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type RunningPostgres } from "../../server/embedded-postgres";

export const TEMPLATE_DB = "hunarmand_test_template";

/**
 * One PostgreSQL for the whole run: an embedded cluster in a temp dir, or the server of
 * TEST_DATABASE_URL. Migrations are applied once, with the real `prisma migrate deploy`,
 * into a template database that each test file clones (tests/setup/test-db.ts).
 */
export default async function setup(project: TestProject) {
  let running: RunningPostgres | undefined;
  let tmp: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hunarmand-test-"));
    // As root, PostgreSQL runs as the "postgres" user, which must be able to enter this directory.
    fs.chmodSync(tmp, 0o755);
    running = await startEmbeddedPostgres(path.join(tmp, "pg"), { database: "postgres", quiet: true, throwaway: true });
    adminUrl = running.url;
  }
  await recreateTemplate(adminUrl);
  project.provide("testDbAdminUrl", adminUrl);
  return async () => {
    await running?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function recreateTemplate(adminUrl: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
  await client.query(`create database ${TEMPLATE_DB}`);
  await client.end();
  if (!fs.existsSync("prisma/migrations")) return;
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: withDatabase(adminUrl, TEMPLATE_DB) },
    stdio: "pipe",
  });
}

declare module "vitest" {
  export interface ProvidedContext {
    testDbAdminUrl: string;
  }
}
