// Encoded demo pictures kept between seeds in .cache/seed-pictures: encoding (AVIF above all) is
// ~85 % of the seed's time, and the same drawing with the same settings gives the same files. An
// entry is keyed by the drawing's bytes, the variant set, the encoding settings and libvips'
// version, so a changed picture or setting is encoded afresh. The files still go through storage.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { FileStorage } from "~/modules/media/storage.server";
import { CONTENT_TYPES, ENCODING, type ImageVariants, type VariantSpec } from "~/modules/media/variants.server";

const CACHE_DIR = path.resolve(".cache/seed-pictures");

const entryKey = (art: Buffer, variants: readonly VariantSpec[]) =>
  createHash("sha256")
    .update(art)
    .update(JSON.stringify({ variants, ENCODING, vips: sharp.versions.vips }))
    .digest("hex");

/** `make` encodes into the storage it is given; its files are kept beside the result for next time. */
export async function cachedVariants(
  art: Buffer,
  variants: readonly VariantSpec[],
  storage: FileStorage,
  make: (storage: FileStorage) => Promise<ImageVariants>,
  cacheDir = CACHE_DIR,
): Promise<ImageVariants> {
  const dir = path.join(cacheDir, entryKey(art, variants));
  const kept = await readEntry(dir);
  if (kept) {
    for (const variant of kept.variants)
      if (!(await storage.has(variant.key)))
        await storage.put(variant.key, await fs.readFile(fileOf(dir, variant.key)), CONTENT_TYPES[variant.format]);
    return kept;
  }
  const files = new Map<string, Buffer>();
  const keeping: FileStorage = {
    url: (key) => storage.url(key),
    has: async () => false,
    put: async (key, body, type) => {
      files.set(key, body);
      if (!(await storage.has(key))) await storage.put(key, body, type);
    },
  };
  const made = await make(keeping);
  await writeEntry(dir, made, files);
  return made;
}

const fileOf = (dir: string, key: string) => path.join(dir, key.replaceAll("/", "_"));

async function readEntry(dir: string): Promise<ImageVariants | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, "variants.json"), "utf8")) as ImageVariants;
  } catch {
    return null;
  }
}

/** Written aside and renamed into place, so a seed running at the same time never reads half an entry. */
async function writeEntry(dir: string, made: ImageVariants, files: Map<string, Buffer>) {
  const aside = `${dir}.${process.pid}.${Date.now()}`;
  await fs.mkdir(aside, { recursive: true });
  for (const [key, body] of files) await fs.writeFile(fileOf(aside, key), body);
  await fs.writeFile(path.join(aside, "variants.json"), JSON.stringify(made));
  await fs.rename(aside, dir).catch(() => fs.rm(aside, { recursive: true, force: true }));
}
