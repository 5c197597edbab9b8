// PostgreSQL side of the bridge: the driver adapter handed to the wasm engine,
// the shadow database, and the plain connections behind the `cli` subcommands.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Both are dependencies of packages we use (pg, @prisma/adapter-pg); resolve
// them from there so the bridge does not depend on npm's hoisting.
const { parse: parseConnectionString } = createRequire(import.meta.resolve("pg"))("pg-connection-string");
const { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } = createRequire(
  import.meta.resolve("@prisma/adapter-pg"),
)("@prisma/driver-adapter-utils");

// The engine's catalog queries read PostgreSQL columns of type "char" (OID 18,
// e.g. pg_constraint.contype) and insist on a Character value; adapter-pg 7.10
// rejects OID 18 as unsupported. pg has no parser for OID 18, so the value is
// already a one-character string: report the column as text to get past
// adapter-pg's type check, then retype it as Character in the result. The
// patch is on adapter-pg's query class, in this process only.
const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumns = new WeakMap(); // rows array -> indexes of "char" columns
function patchQueryable(queryable) {
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(queryable)); // PgQueryable
  if (proto.__bridgeCharPatched) return;
  proto.__bridgeCharPatched = true;
  const { performIO, queryRaw } = proto;
  proto.performIO = async function (query) {
    const result = await performIO.call(this, query);
    if (!Array.isArray(result?.fields)) return result; // multi-statement scripts: no rows to read
    const indexes = [];
    result.fields = result.fields.map((field, i) => {
      if (field.dataTypeID !== CHAR_OID) return field;
      indexes.push(i);
      return { ...field, dataTypeID: TEXT_OID };
    });
    if (indexes.length > 0) charColumns.set(result.rows, indexes);
    return result;
  };
  proto.queryRaw = async function (query) {
    const result = await queryRaw.call(this, query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
}

/**
 * Discrete pg settings from a Prisma URL. Discrete fields (not a
 * connectionString) let us point the same settings at another database.
 */
export function pgSettings(url) {
  const parsed = parseConnectionString(url);
  const config = {};
  for (const key of ["host", "user", "password", "database", "application_name", "options"]) {
    if (parsed[key]) config[key] = parsed[key];
  }
  if (parsed.port) config.port = Number(parsed.port);
  if (parsed.ssl !== undefined) config.ssl = parsed.ssl;
  const timeout = Number(parsed.connect_timeout ?? 5);
  if (timeout > 0) config.connectionTimeoutMillis = timeout * 1000;
  const schema = parsed.schema || undefined;
  if (schema) config.options = `${config.options ?? ""} -c search_path=${schema}`.trim();
  return { config, schema };
}

export async function withClient(config, fn) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

async function connectAdapter({ config, schema }) {
  const adapter = await new PrismaPg(config, schema ? { schema } : undefined).connect();
  patchQueryable(adapter);
  // adapter-pg splits scripts on every ";", which breaks function bodies and
  // string literals. The native engine sends the script whole (simple query
  // protocol, one implicit transaction); do the same.
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

/** Shadow databases created and not yet dropped, so a signal can clean up. */
const liveShadowDbs = new Set();

export async function dropLeftoverShadowDbs() {
  for (const drop of [...liveShadowDbs]) await drop().catch(() => {});
}

/**
 * A migration-aware adapter factory for the wasm engine.
 * @param {{ url?: string, shadowDatabaseUrl?: string }} datasource
 */
export function createAdapterFactory(datasource) {
  const main = datasource.url ? pgSettings(datasource.url) : undefined;
  const requireMain = () => {
    if (main) return main;
    throw new Error("No datasource URL: set datasource.url in prisma.config.ts (DATABASE_URL).");
  };

  return bindMigrationAwareSqlAdapterFactory({
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(requireMain()),
    async connectToShadowDb() {
      // A configured shadow database is used as it is (it should be empty).
      if (datasource.shadowDatabaseUrl) return connectAdapter(pgSettings(datasource.shadowDatabaseUrl));

      // Otherwise create a throwaway database next to the main one, as the
      // native engine does. adapter-pg's own connectToShadowDb cannot be used:
      // with a connection string its override of `database` is ignored (the
      // "shadow" is the main database) and it drops before closing its pool.
      const { config, schema } = requireMain();
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await withClient(config, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
      const drop = async () => {
        liveShadowDbs.delete(drop);
        await withClient(config, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`));
      };
      liveShadowDbs.add(drop);
      const adapter = await connectAdapter({ config: { ...config, database: name }, schema });
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose(); // closes the pool, so the DROP finds no sessions
        await drop();
      };
      return adapter;
    },
  });
}

export { quoteIdent };
