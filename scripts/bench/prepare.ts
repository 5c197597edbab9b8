// `npx tsx scripts/bench/prepare.ts [listings]`: the benchmark's database kept in BENCH_DIR
// (default .cache/bench/data) and left running, for EXPLAIN ANALYZE and profiling between runs.
// Migrates, seeds once, grows to `listings` (default 100 000), prints the URL; Ctrl-C stops it.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../server/embedded-postgres";
import { migrate } from "../../server/database";
import { growCatalog } from "./grow-catalog";

const dataDir = path.resolve(process.env.BENCH_DIR ?? ".cache/bench/data");
fs.mkdirSync(dataDir, { recursive: true });
const target = Number(process.argv[2] ?? 100_000);
const db = await startEmbeddedPostgres(path.join(dataDir, "pg"), { quiet: true });
await migrate(db.url);
if (await isEmpty(db.url)) {
  const { seedInto } = await import("./seed");
  await seedInto(db.url, dataDir);
}
console.log(`${await growCatalog(db.url, target)} approved listings`);
console.log(db.url);
process.once("SIGINT", () => void db.stop().then(() => process.exit(0)));
process.once("SIGTERM", () => void db.stop().then(() => process.exit(0)));
setInterval(() => {}, 1 << 30);

async function isEmpty(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Listing"`);
  await client.end();
  return rows[0]!.n === "0";
}
