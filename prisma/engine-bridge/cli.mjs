// The native engine's one-shot subcommands:
//   schema-engine --datasource '{"url":…}' cli can-connect-to-database | create-database | drop-database
// The wasm engine has no equivalent, so these use pg directly.
import { pgSettings, quoteIdent, withClient } from "./adapter.mjs";

const address = ({ host, port }) => `${host ?? "localhost"}:${port ?? 5432}`;

/** Turns a pg error into the Prisma error code and message the CLI expects. */
export function describePgError(error, config) {
  switch (error?.code) {
    case "3D000":
      return {
        code: "P1003",
        message: `Database \`${config.database}\` does not exist on the database server at \`${address(config)}\`.`,
      };
    case "28P01":
    case "28000":
      return {
        code: "P1000",
        message: `Authentication failed against database server, the provided database credentials for \`${config.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${address(config)}\`.`,
      };
    case "42P04":
      return {
        code: "P1009",
        message: `Database \`${config.database}\` already exists on the database server at \`${address(config)}\``,
      };
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
      return {
        code: "P1001",
        message: `Can't reach database server at \`${address(config)}\`\n\nPlease make sure your database server is running at \`${address(config)}\`.`,
      };
    default:
      return { code: undefined, message: String(error?.message ?? error) };
  }
}

/** Runs `sql` on the server's maintenance database (the target may not exist). */
async function onMaintenanceDb(config, sql) {
  let lastError;
  for (const database of ["postgres", "template1"]) {
    try {
      return await withClient({ ...config, database }, (client) => client.query(sql));
    } catch (error) {
      // Only fall back when the maintenance database itself is missing.
      if (error?.code !== "3D000" || !/"postgres"/.test(error.message)) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

export async function createDatabase(url) {
  const { config } = pgSettings(url);
  await onMaintenanceDb(config, `CREATE DATABASE ${quoteIdent(config.database)}`);
  return config.database;
}

// `pg` keeps its pool lazy; a real round-trip is what tells "missing database"
// (P1003, after which the CLI offers create-database) from a reachable one.
async function canConnect(url) {
  await withClient(pgSettings(url).config, (client) => client.query("SELECT 1"));
}

async function dropDatabase(url) {
  const { config } = pgSettings(url);
  await onMaintenanceDb(config, `DROP DATABASE IF EXISTS ${quoteIdent(config.database)}`);
}

const commands = {
  "can-connect-to-database": canConnect,
  "create-database": createDatabase,
  "drop-database": dropDatabase,
};

/**
 * The CLI parses stderr as JSON log lines, skipping the first line, and looks
 * for an ERROR from `schema_engine::logger` carrying `error_code`.
 * @returns {Promise<number>} exit code
 */
export async function runCliCommand(command, datasource) {
  const logLine = (level, fields) =>
    process.stderr.write(
      `${JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" })}\n`,
    );
  logLine("INFO", { message: `Starting schema engine CLI (${command})` });
  const run = commands[command];
  if (!run) {
    logLine("ERROR", { message: `Unknown cli command: ${command}` });
    return 1;
  }
  if (!datasource?.url) {
    logLine("ERROR", { message: "Missing --datasource with a url" });
    return 1;
  }
  try {
    const { config } = pgSettings(datasource.url);
    try {
      await run(datasource.url);
      return 0;
    } catch (error) {
      const { code, message } = describePgError(error, config);
      logLine("ERROR", code ? { message, error_code: code } : { message });
      return 1;
    }
  } catch (error) {
    logLine("ERROR", { message: `Invalid datasource URL: ${error?.message ?? error}` });
    return 1;
  }
}
