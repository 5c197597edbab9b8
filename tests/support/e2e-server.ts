// Where the browser tests' server runs (playwright.config.ts starts it), for helpers that reach
// its database directly.
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = path.resolve(`.cache/e2e-${E2E_PORT}`);
