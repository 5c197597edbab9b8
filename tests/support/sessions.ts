// A signed-in browser without the login form: a fresh session row for the demo account, its
// cookie in the browser (as the Epic Stack's tests do). Logging in through the form — and the
// second factor — is tested once per role in accounts.spec.ts; every other flow starts here, with
// a session of its own, so one test's "log out" never ends another's.
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import pg from "pg";
import { runningEmbeddedUrl } from "../../server/embedded-postgres";
import { E2E_DATA_DIR, E2E_PORT } from "./e2e-server";

const secret = () =>
  (JSON.parse(fs.readFileSync(path.join(E2E_DATA_DIR, "secrets.json"), "utf8")) as { SESSION_SECRET: string })
    .SESSION_SECRET;

/** A query on the served app's database (to set up a session, or read what a page must show). */
export async function e2eQuery<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: runningEmbeddedUrl(path.join(E2E_DATA_DIR, "pg")) });
  await client.connect();
  try {
    return await client.query<R>(sql, values);
  } finally {
    await client.end();
  }
}

export async function signIn(page: Page, email: string): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const tokenHash = createHmac("sha256", secret()).update(token).digest("base64url");
  const { rowCount } = await e2eQuery(
    `INSERT INTO "Session" (id, "tokenHash", "userId", "expiresAt", "twoFactorPassedAt")
     SELECT $1, $2, id, now() + interval '1 day', now() FROM "User" WHERE email = $3`,
    [randomUUID(), tokenHash, email],
  );
  if (rowCount !== 1) throw new Error(`no demo account ${email}`);
  await page.context().addCookies([{ name: "hm_session", value: token, url: `http://localhost:${E2E_PORT}` }]);
}
