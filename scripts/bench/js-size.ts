import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

type ManifestEntry = { module: string; imports?: string[] };
type RemixManifest = { entry: ManifestEntry; routes: Record<string, ManifestEntry> };

/**
 * Gzipped JavaScript a first visit to a route downloads: the client entry, the root route and the
 * route itself, with every module they import, each counted once (from the Remix build manifest).
 */
export function routeJavaScriptBytes(
  routeId: string,
  clientDir = "build/client",
): { files: number; gzipBytes: number } {
  const assets = path.join(clientDir, "assets");
  const manifestFile = fs.readdirSync(assets).find((f) => /^manifest-.*\.js$/.test(f));
  if (!manifestFile) throw new Error("no Remix manifest in build/client/assets: run the build first");
  const source = fs.readFileSync(path.join(assets, manifestFile), "utf8");
  const manifest = JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)) as RemixManifest;
  const chosen = [manifest.entry, manifest.routes.root, manifest.routes[routeId]];
  if (chosen.some((entry) => !entry)) throw new Error(`route ${routeId} is not in the manifest`);
  const files = new Set(chosen.flatMap((entry) => [entry!.module, ...(entry!.imports ?? [])]));
  let gzipBytes = 0;
  for (const file of files)
    gzipBytes += zlib.gzipSync(fs.readFileSync(path.join(clientDir, file)), { level: 9 }).length;
  return { files: files.size, gzipBytes };
}
