// Maps the native engine's JSON-RPC methods onto the wasm SchemaEngine,
// working around the places where the two do not behave alike.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createAdapterFactory } from "./adapter.mjs";
import { createDatabase } from "./cli.mjs";
import { loadSchemaEngineWasm } from "./wasm.mjs";

/** An engine error the JSON-RPC layer reports as a user-facing error. */
export class EngineError extends Error {
  constructor(message, code, meta) {
    super(message);
    this.code = code;
    this.meta = meta;
  }
}

// The wasm constructor connects at once and its errors carry no code; give the
// common ones the code the native engine would, so the CLI explains them.
const CONNECT_ERRORS = [
  [/^Database `.*` does not exist/, "P1003"],
  [/^Authentication failed/, "P1000"],
  [/^Can't reach database server/, "P1001"],
];
function withCode(error) {
  if (error?.code) return error;
  const message = String(error?.message ?? error);
  const match = CONNECT_ERRORS.find(([pattern]) => pattern.test(message));
  return match ? new EngineError(message, match[1]) : error;
}

/**
 * @param {{ datamodelPaths: string[], datasource: { url?: string, shadowDatabaseUrl?: string },
 *           log: (line: string) => void }} options
 */
export function createEngineSession({ datamodelPaths, datasource, log }) {
  let enginePromise;
  // Built on first use: the wasm constructor connects to the database.
  const engine = () => {
    enginePromise ??= (async () => {
      if (!datasource.url) {
        throw new EngineError(
          "The schema engine bridge needs a database for every engine command, even a diff between files " +
            "(the WebAssembly engine connects when it starts). Set DATABASE_URL (datasource.url in prisma.config.ts).",
        );
      }
      const wasm = await loadSchemaEngineWasm();
      const datamodels = await Promise.all(datamodelPaths.map(async (p) => [p, await readFile(p, "utf8")]));
      return wasm.SchemaEngine.new(
        { datamodels: datamodels.length > 0 ? datamodels : undefined },
        log,
        createAdapterFactory(datasource),
      );
    })().catch((error) => {
      enginePromise = undefined; // let a later request retry
      throw withCode(error);
    });
    return enginePromise;
  };

  // The wasm engine's createMigration and evaluateDataLoss get no adapter
  // factory, hence no shadow database: they read the schema of the migrations
  // from a per-instance cache that only a shadow-database run fills (else
  // "PostgreSQL shadow DB must be provided through an external factory", e.g.
  // migrate dev on a database that is behind). Fill it first, once per list.
  const diagnosed = new Set();
  const diagnoseWithShadow = async (params) => {
    const key = createHash("sha256").update(JSON.stringify(params.migrationsList)).digest("hex");
    if (diagnosed.has(key)) return;
    await (
      await engine()
    ).diagnoseMigrationHistory({
      migrationsList: params.migrationsList,
      optInToShadowDatabase: true,
      filters: params.filters,
    });
    diagnosed.add(key);
  };

  const call = (method) => async (params) => (await engine())[method](params);

  /** @type {Record<string, (params: any, host: { print: (text: string) => Promise<void> }) => Promise<any>>} */
  const methods = {
    applyMigrations: call("applyMigrations"),
    markMigrationApplied: call("markMigrationApplied"),
    markMigrationRolledBack: call("markMigrationRolledBack"),
    schemaPush: call("schemaPush"),
    introspect: call("introspect"),
    introspectSql: call("introspectSql"),
    ensureConnectionValidity: call("ensureConnectionValidity"),
    debugPanic: async () => (await engine()).debugPanic(),
    reset: async (params) => (await (await engine()).reset(params)) ?? {},
    dbExecute: async (params) => (await (await engine()).dbExecute(params)) ?? {},
    getDatabaseVersion: async (params) => (await engine()).version(params ?? null),

    diagnoseMigrationHistory: call("diagnoseMigrationHistory"),
    async devDiagnostic(params) {
      const e = await engine();
      try {
        return await e.devDiagnostic(params);
      } catch (error) {
        // Seen on these machines (PostgreSQL 15): on a database without
        // `_prisma_migrations` the wasm engine can answer P1014 (table
        // missing) where the native one proceeds. Applying an empty migration
        // list only creates that table; then ask again.
        if (error?.code !== "P1014") throw error;
        await e.applyMigrations({
          migrationsList: { ...params.migrationsList, migrationDirectories: [] },
          filters: params.filters,
        });
        return e.devDiagnostic(params);
      }
    },

    async evaluateDataLoss(params) {
      await diagnoseWithShadow(params);
      return (await engine()).evaluateDataLoss(params);
    },

    async createMigration(params) {
      await diagnoseWithShadow(params);
      return (await engine()).createMigration(params);
    },

    async diff(params, host) {
      // wasm returns the diff text as `stdout`; the native engine sends it to
      // the CLI as a "print" request, which is the only thing the CLI prints.
      const { exitCode, stdout } = await (await engine()).diff(params);
      if (stdout) await host.print(stdout.endsWith("\n") ? stdout.slice(0, -1) : stdout);
      return { exitCode };
    },

    async createDatabase(params) {
      const url = params?.datasource?.url ?? datasource.url;
      return { databaseName: await createDatabase(url) };
    },
  };

  return {
    methods,
    async handle(method, params, host) {
      const fn = Object.hasOwn(methods, method) ? methods[method] : undefined;
      if (!fn) throw new EngineError(`The schema engine bridge does not support the method \`${method}\`.`);
      try {
        return await fn(params, host);
      } catch (error) {
        throw withCode(error);
      }
    },
  };
}
