import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { gzipAsync } from "@gfx/zopfli";
import type { Plugin } from "vite";

const brotli = promisify(zlib.brotliCompress);
const COMPRESSIBLE = /\.(js|css|svg|json|txt|xml)$/;

/**
 * Writes `name.gz` (Zopfli: still gzip, ~3 % smaller than gzip -9) and `name.br` (Brotli, best
 * quality) beside each text file, once at build time; the server sends them as they are instead
 * of compressing every response again (ADR 015).
 */
export async function precompressFiles(files: readonly string[]): Promise<void> {
  for (const file of files.filter((name) => COMPRESSIBLE.test(name))) {
    const body = await fs.readFile(file);
    const [gzip, br] = await Promise.all([
      gzipAsync(body, { numiterations: 5 }),
      brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
    ]);
    await Promise.all([fs.writeFile(`${file}.gz`, gzip), fs.writeFile(`${file}.br`, br)]);
  }
}

/** Vite plugin: precompress what the browser build wrote. */
export function precompress(): Plugin {
  return {
    name: "hunarmand-precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const dir = options.dir ?? path.dirname(options.file ?? ".");
      await precompressFiles(Object.keys(bundle).map((name) => path.join(dir, name)));
    },
  };
}
