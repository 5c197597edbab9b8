// Loads Prisma's WebAssembly schema engine in plain Node.
//
// @prisma/schema-engine-wasm is bundler output: its entry does
// `import * as wasm from "./schema_engine_bg.wasm"`, which Node cannot import.
// We instantiate the .wasm ourselves, giving it the `_bg.js` glue as imports,
// which is exactly what a bundler would wire up.
import { readFile } from "node:fs/promises";

let loaded;

// The wasm panic hook hands the panic message to this global before the
// instance traps with an opaque `RuntimeError: unreachable`.
const panicRegistry = {
  message: "",
  set_message(message) {
    this.message = message;
  },
};
globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

/** The message of the last wasm panic, if any. */
export const lastPanicMessage = () => panicRegistry.message;

/** @returns {Promise<typeof import("@prisma/schema-engine-wasm")>} */
export function loadSchemaEngineWasm() {
  loaded ??= (async () => {
    const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = await import(glueUrl);
    const bytes = await readFile(new URL("./schema_engine_bg.wasm", glueUrl));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return loaded;
}
