#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which cannot be
// downloaded here. The Prisma CLI runs it (PRISMA_SCHEMA_ENGINE_BINARY, set in
// prisma.config.ts) exactly like the native one:
//   schema-engine --version
//   schema-engine --datasource <json> cli <can-connect-to-database|create-database|drop-database>
//   schema-engine [--datamodels <file>]… [--datasource <json>]   (JSON-RPC on stdin/stdout)
// and every request is answered by @prisma/schema-engine-wasm through
// @prisma/adapter-pg. Only PostgreSQL is supported.
import { runCliCommand } from "./cli.mjs";
import { dropLeftoverShadowDbs } from "./adapter.mjs";
import { createEngineSession } from "./engine.mjs";
import { serveJsonRpc } from "./rpc.mjs";
import { lastPanicMessage, loadSchemaEngineWasm } from "./wasm.mjs";

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, rest: [], version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels") args.datamodels.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    // Accepted for compatibility; the wasm engine has no use for them.
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++;
    else args.rest.push(arg);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));

if (args.version) {
  // The CLI matches this line against its engines hash.
  const wasm = await loadSchemaEngineWasm();
  process.stdout.write(`schema-engine-cli ${wasm.version()}\n`);
  process.exit(0);
}

if (args.rest[0] === "cli") {
  process.exit(await runCliCommand(args.rest[1], args.datasource));
}

// The CLI ends stdin and then sends SIGTERM at once: drop any shadow database
// the engine did not get to dispose before leaving.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    dropLeftoverShadowDbs().finally(() => process.exit(0));
  });
}

// A wasm panic can surface outside any request's promise. Exit like a
// panicking native engine: an ERROR log line (the CLI shows its message), 101.
process.on("uncaughtException", (error) => {
  const message = lastPanicMessage() || String(error?.stack ?? error);
  process.stderr.write(
    `${JSON.stringify({ level: "ERROR", fields: { message, backtrace: String(error?.stack) }, target: "schema_engine::bridge" })}\n`,
  );
  dropLeftoverShadowDbs().finally(() => process.exit(101));
});

const session = createEngineSession({
  datamodelPaths: args.datamodels,
  datasource: args.datasource ?? {},
  // Engine logs are JSON lines like the native engine's tracing output; the
  // CLI reads stderr for `fields.message` and ERROR levels.
  log: (line) => process.stderr.write(line.endsWith("\n") ? line : `${line}\n`),
});
const { panicked } = await serveJsonRpc(session.handle);
await dropLeftoverShadowDbs();
process.exit(panicked ? 101 : 0);
