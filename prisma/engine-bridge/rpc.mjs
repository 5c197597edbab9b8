// JSON-RPC 2.0 over stdin/stdout, one message per line, as the CLI speaks to
// the native schema engine. Both sides send requests: the CLI calls engine
// methods, and the engine sends "print" requests that the CLI answers.
import readline from "node:readline";
import { lastPanicMessage } from "./wasm.mjs";

const write = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

// The shape of the native engine's errors, which the CLI turns into messages.
function errorPayload(error) {
  if (error instanceof WebAssembly.RuntimeError) {
    // A wasm panic traps as "unreachable"; the hook kept the real message.
    const message = lastPanicMessage() || error.message;
    return { code: 4466, message, data: { is_panic: true, message, backtrace: error.stack } };
  }
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: {
      is_panic: false,
      message: String(error?.message ?? error),
      meta: error?.meta ?? null,
      error_code: error?.code ?? null,
    },
  };
}

/**
 * Serves requests until stdin closes.
 * @param {(method: string, params: any, host: { print: (text: string) => Promise<void> }) => Promise<any>} handle
 * @returns {Promise<{ panicked: boolean }>}
 */
export async function serveJsonRpc(handle) {
  let nextId = 1;
  const waiting = new Map(); // our outgoing request id -> resolve
  const host = {
    print: (content) =>
      new Promise((resolve) => {
        const id = `bridge-${nextId++}`;
        waiting.set(id, resolve);
        write({ jsonrpc: "2.0", id, method: "print", params: { content } });
      }),
  };

  let panicked = false;
  // Requests run one after another, like in the native engine; answers to our
  // own "print" requests are handled at once, or a diff would wait forever.
  let queue = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      write({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      continue;
    }
    if (message.method === undefined) {
      waiting.get(message.id)?.();
      waiting.delete(message.id);
      continue;
    }
    queue = queue.then(async () => {
      try {
        const result = await handle(message.method, message.params, host);
        write({ jsonrpc: "2.0", id: message.id, result: result ?? null });
      } catch (error) {
        if (error instanceof WebAssembly.RuntimeError) panicked = true;
        write({ jsonrpc: "2.0", id: message.id, error: errorPayload(error) });
      }
    });
  }
  await queue;
  return { panicked };
}
