// End-to-end tests of the schema-engine bridge: the real Prisma CLI, run as a
// child process with PRISMA_SCHEMA_ENGINE_BINARY pointing at the bridge,
// against an embedded PostgreSQL in a temporary directory. No network.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type RunningPostgres } from "../../server/embedded-postgres";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const bridge = fileURLToPath(new URL("./schema-engine.mjs", import.meta.url));
const prismaCli = path.join(repoRoot, "node_modules/prisma/build/index.js");

type Run = { code: number | null; stdout: string; stderr: string };

function prisma(args: string[], options: { cwd: string; url: string; input?: string }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], {
      cwd: options.cwd,
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: bridge, DATABASE_URL: options.url, NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** Fails with the CLI's own output, which says what went wrong. */
function expectSuccess(run: Run) {
  expect(run.code, `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toBe(0);
}

const userModel = `
datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
}
`;

const withPosts = `${userModel.replace("email String @unique", "email String @unique\n  posts Post[]")}
model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
`;

let postgres: RunningPostgres;
let tmp: string;
let fixture: string;
const dbUrl = (database: string) => {
  const url = new URL(postgres.url);
  url.pathname = `/${database}`;
  return url.toString();
};

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "engine-bridge-"));
  // Run as root, embedded-postgres runs initdb as the "postgres" user, which
  // must be able to reach the data directory (mkdtemp makes it 0700).
  fs.chmodSync(tmp, 0o755);
  postgres = await startEmbeddedPostgres(path.join(tmp, "pg"), { database: "bridge", quiet: true });
  fixture = path.join(tmp, "fixture");
  fs.mkdirSync(fixture);
  fs.writeFileSync(path.join(fixture, "schema.prisma"), userModel);
  // A config without imports: this temp dir has no node_modules to resolve "prisma/config".
  fs.writeFileSync(
    path.join(fixture, "prisma.config.ts"),
    `export default { schema: "schema.prisma", migrations: { path: "migrations" }, datasource: { url: process.env.DATABASE_URL } };\n`,
  );
});

afterAll(async () => {
  await postgres?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("prisma CLI through the schema-engine bridge", () => {
  const migrationDirs = () =>
    fs
      .readdirSync(path.join(fixture, "migrations"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();

  it("answers --version with the CLI's engines hash", async () => {
    const wasmPackage = JSON.parse(
      fs.readFileSync(path.join(repoRoot, "node_modules/@prisma/schema-engine-wasm/package.json"), "utf8"),
    ) as { version: string };
    const hash = wasmPackage.version.split("-").at(-1)?.split(".").at(-1);
    const run = await new Promise<string>((resolve, reject) => {
      let out = "";
      const child = spawn(process.execPath, [bridge, "--version"]);
      child.stdout.on("data", (chunk) => (out += chunk));
      child.on("error", reject);
      child.on("close", () => resolve(out));
    });
    expect(run.trim()).toBe(`schema-engine-cli ${hash}`);
  });

  it("migrate dev creates the database and a first migration (shadow database)", async () => {
    const run = await prisma(["migrate", "dev", "--name", "init"], { cwd: fixture, url: dbUrl("app") });
    expectSuccess(run);
    expect(run.stdout).toContain("database app created");
    expect(migrationDirs()).toHaveLength(1);
    const sql = fs.readFileSync(path.join(fixture, "migrations", migrationDirs()[0]!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "User"');
  });

  it("migrate dev creates a second migration after a schema change", async () => {
    fs.writeFileSync(path.join(fixture, "schema.prisma"), withPosts);
    const run = await prisma(["migrate", "dev", "--name", "posts"], { cwd: fixture, url: dbUrl("app") });
    expectSuccess(run);
    expect(migrationDirs()).toHaveLength(2);
    const sql = fs.readFileSync(path.join(fixture, "migrations", migrationDirs()[1]!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Post"');
    // Every shadow database was dropped again.
    const shadows = await query(
      postgres.url,
      "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'",
    );
    expect(shadows).toEqual([]);
  });

  it("migrate status reports the database up to date", async () => {
    const run = await prisma(["migrate", "status"], { cwd: fixture, url: dbUrl("app") });
    expectSuccess(run);
    expect(run.stdout).toContain("Database schema is up to date");
  });

  it("migrate diff finds no difference between the migrations and the schema", async () => {
    const run = await prisma(
      ["migrate", "diff", "--from-migrations", "migrations", "--to-schema", "schema.prisma", "--exit-code"],
      { cwd: fixture, url: dbUrl("app") },
    );
    expectSuccess(run);
    expect(run.stdout).toContain("No difference detected");
  });

  it("migrate diff prints a SQL script and signals a non-empty diff", async () => {
    const run = await prisma(
      ["migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "--script", "--exit-code"],
      {
        cwd: fixture,
        url: dbUrl("app"),
      },
    );
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toContain('CREATE TABLE "Post"');
  });

  it("migrate deploy applies the migrations to an empty database", async () => {
    const run = await prisma(["migrate", "deploy"], { cwd: fixture, url: dbUrl("deployed") });
    expectSuccess(run);
    expect(run.stdout).toContain("All migrations have been successfully applied");
    const applied = await query(
      dbUrl("deployed"),
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
    );
    expect(applied).toHaveLength(2);
  });

  it("db execute runs a script whole (semicolons inside bodies and strings)", async () => {
    const script = [
      `INSERT INTO "User" (email) VALUES ('semi;colon@example.com');`,
      `CREATE FUNCTION user_count() RETURNS bigint AS $$ BEGIN RETURN (SELECT count(*) FROM "User"); END; $$ LANGUAGE plpgsql;`,
    ].join("\n");
    const run = await prisma(["db", "execute", "--stdin"], { cwd: fixture, url: dbUrl("app"), input: script });
    expectSuccess(run);
    expect(await query(dbUrl("app"), "SELECT user_count() AS n")).toEqual([{ n: "1" }]);
  });

  it("migrate reset --force empties the database and reapplies the migrations", async () => {
    const run = await prisma(["migrate", "reset", "--force"], { cwd: fixture, url: dbUrl("app") });
    expectSuccess(run);
    expect(await query(dbUrl("app"), 'SELECT count(*)::int AS n FROM "User"')).toEqual([{ n: 0 }]);
    const status = await prisma(["migrate", "status"], { cwd: fixture, url: dbUrl("app") });
    expect(status.stdout).toContain("Database schema is up to date");
  });

  it("db push syncs a database without migrations", async () => {
    const run = await prisma(["db", "push"], { cwd: fixture, url: dbUrl("pushed") });
    expectSuccess(run);
    expect(await query(dbUrl("pushed"), "SELECT to_regclass('public.\"Post\"') IS NOT NULL AS ok")).toEqual([
      { ok: true },
    ]);
  });
});

const projectMigrations = path.join(repoRoot, "prisma/migrations");
const hasProjectMigrations = fs.existsSync(projectMigrations);

describe("the project's own migrations", () => {
  it.skipIf(!hasProjectMigrations)(
    hasProjectMigrations
      ? "migrate deploy applies prisma/migrations and they match prisma/schema.prisma"
      : "SKIPPED: prisma/migrations does not exist yet (create the first migration with `npm run db:migrate`)",
    async () => {
      const url = dbUrl("project");
      expectSuccess(await prisma(["migrate", "deploy"], { cwd: repoRoot, url }));
      const diff = await prisma(
        [
          "migrate",
          "diff",
          "--from-migrations",
          "prisma/migrations",
          "--to-schema",
          "prisma/schema.prisma",
          "--exit-code",
        ],
        { cwd: repoRoot, url },
      );
      expectSuccess(diff);
    },
  );
});
