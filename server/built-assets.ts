import expressStaticGzip from "express-static-gzip";

/**
 * The browser build's files (named by their content, so cached for good), sent in the Brotli or
 * gzip form written at build time (scripts/precompress-assets.ts) when the browser accepts it.
 */
export function builtAssets(dir: string) {
  return expressStaticGzip(dir, {
    enableBrotli: true,
    orderPreference: ["br", "gz"],
    index: false,
    serveStatic: { immutable: true, maxAge: "1y" },
  });
}
