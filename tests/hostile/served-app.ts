// The real server (server/app.ts around the production build) on a test database, as `npm start`
// runs it in local mode, for suites that must see what a browser or an attacker sees.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { seedShop } from "~/modules/checkout/test-fixtures";
import { getStorage } from "~/modules/media/storage-instance.server";
import { startLocalStripe } from "~/modules/payments/local-stripe.server";
import { loadEnv } from "~/utils/env.server";
import { createApp } from "../../server/app";
import { makePersonas } from "../authorization/personas";
import { seed } from "../../prisma/seed/index";
import { createTestDatabase } from "../setup/test-db";

export type ServedApp = Awaited<ReturnType<typeof startServedApp>>;

/** The served app on the personas of the authorization sweep (fast to make). */
export async function startServedApp() {
  const prepared = await prepare();
  const people = await makePersonas(prepared.test.db, await seedShop(prepared.test.db));
  return { ...(await serve(prepared)), people };
}

/** The served app on the demo data of `npm start` (slower to make, every page has something to show). */
export async function startDemoApp() {
  const prepared = await prepare();
  await seed(prepared.test.db, { storage: getStorage() });
  return serve(prepared);
}

async function prepare() {
  const test = await createTestDatabase();
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hunarmand-served-"));
  // The build reads its environment from process.env, as the real server's does (the local Stripe
  // adds its own); close() puts back what was there, for the test files after this one in the process.
  const before = { ...process.env };
  const restoreEnv = () => {
    for (const name of Object.keys(process.env)) if (!(name in before)) delete process.env[name];
    Object.assign(process.env, before);
  };
  Object.assign(process.env, {
    DATABASE_URL: test.url,
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dataDir,
  });
  return { test, server, port, dataDir, restoreEnv };
}

let served = 0;

async function serve({ test, server, port, dataDir, restoreEnv }: Awaited<ReturnType<typeof prepare>>) {
  const stripe = await startLocalStripe(loadEnv());
  const built = path.resolve("build/server/index.js");
  if (!fs.existsSync(built))
    throw new Error("No server build: run `npm run build` first (npm test and npm run test:unit do).");
  // A fresh copy of the build each time, so its own settings and clients are this app's, not those
  // of an app an earlier test file in this process served.
  const build = (await import(/* @vite-ignore */ `${pathToFileURL(built).href}?served=${++served}`)) as ServerBuild;
  const app = await createApp(stripe.env, { local: true, build });
  server.on("request", app);
  return {
    url: `http://127.0.0.1:${port}`,
    db: test.db,
    build,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stripe.stop();
      await test.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      restoreEnv();
    },
  };
}

/** Row counts of every table, to tell whether a refused request wrote anything. */
export async function rowCounts(db: ServedApp["db"], skip: string[]): Promise<Record<string, number>> {
  const [row] = await db.$queryRawUnsafe<Array<Record<string, number>>>(await countingSql(db, skip));
  return row!;
}

// The query is made once per database and list: the catalogue lookup cost more than the counting.
const countingSqls = new WeakMap<object, Map<string, Promise<string>>>();
function countingSql(db: ServedApp["db"], skip: string[]): Promise<string> {
  const byList = countingSqls.get(db) ?? new Map<string, Promise<string>>();
  countingSqls.set(db, byList);
  const key = skip.join(",");
  let sql = byList.get(key);
  if (!sql) {
    sql = db.$queryRaw<Array<{ name: string }>>`
      SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.then(
      (tables) => {
        const counted = tables.map((t) => t.name).filter((name) => !skip.includes(name) && !name.startsWith("_"));
        return `SELECT ${counted.map((name) => `(SELECT count(*) FROM "${name}")::int AS "${name}"`).join(", ")}`;
      },
    );
    byList.set(key, sql);
  }
  return sql;
}
