import fs from "node:fs";
import path from "node:path";

type ManifestEntry = { module: string; imports?: string[] };
type RemixManifest = { entry: ManifestEntry; routes: Record<string, ManifestEntry> };

/**
 * JavaScript a first visit to a route downloads: the client entry, the root route and the route
 * itself, with every module they import, each counted once (from the Remix build manifest) — in
 * bytes on the wire: the gzip and Brotli files the server sends (scripts/precompress-assets.ts).
 */
export function routeJavaScriptBytes(
  routeId: string,
  clientDir = "build/client",
): { files: number; gzipBytes: number; brotliBytes: number } {
  const assets = path.join(clientDir, "assets");
  const manifestFile = fs.readdirSync(assets).find((f) => /^manifest-.*\.js$/.test(f));
  if (!manifestFile) throw new Error("no Remix manifest in build/client/assets: run the build first");
  const source = fs.readFileSync(path.join(assets, manifestFile), "utf8");
  const manifest = JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)) as RemixManifest;
  const chosen = [manifest.entry, manifest.routes.root, manifest.routes[routeId]];
  if (chosen.some((entry) => !entry)) throw new Error(`route ${routeId} is not in the manifest`);
  const files = new Set(chosen.flatMap((entry) => [entry!.module, ...(entry!.imports ?? [])]));
  const sent = (file: string, encoding: "gz" | "br") => {
    const written = path.join(clientDir, `${file}.${encoding}`);
    if (!fs.existsSync(written)) throw new Error(`${written} is missing: the build precompresses every file`);
    return fs.statSync(written).size;
  };
  let gzipBytes = 0;
  let brotliBytes = 0;
  for (const file of files) {
    gzipBytes += sent(file, "gz");
    brotliBytes += sent(file, "br");
  }
  return { files: files.size, gzipBytes, brotliBytes };
}
