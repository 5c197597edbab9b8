import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import type { FileStorage } from "~/modules/media/storage.server";
import { makeImageVariants, type VariantSpec } from "~/modules/media/variants.server";
import { cachedVariants } from "./picture-cache";

const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "hm-picture-cache-"));
afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

function memoryStorage() {
  const files = new Map<string, { body: Buffer; type: string }>();
  const storage: FileStorage = {
    put: async (key, body, type) => void files.set(key, { body, type }),
    has: async (key) => files.has(key),
    url: (key) => `/media/${key}`,
  };
  return { storage, files };
}

const art = (colour: string) =>
  sharp({ create: { width: 96, height: 64, channels: 3, background: colour } })
    .png()
    .toBuffer();
const VARIANTS: VariantSpec[] = [
  { width: 64, format: "WEBP" },
  { width: 64, format: "AVIF" },
];

describe("the seed's picture cache", () => {
  it("encodes a picture once; the next seed gets the same files into its own storage without encoding", async () => {
    const picture = await art("#b03a2e");
    let encoded = 0;
    const make = (into: FileStorage) => (encoded++, makeImageVariants(picture, into, { variants: VARIANTS }));
    const first = memoryStorage();
    const made = await cachedVariants(picture, VARIANTS, first.storage, make, cacheDir);
    const second = memoryStorage();
    const kept = await cachedVariants(picture, VARIANTS, second.storage, make, cacheDir);
    expect(encoded).toBe(1);
    expect(kept).toEqual(made);
    expect([...second.files.keys()].sort()).toEqual(made.variants.map((v) => v.key).sort());
    for (const [key, file] of second.files) expect(file).toEqual(first.files.get(key));
    expect(second.files.get(made.variants.find((v) => v.format === "AVIF")!.key)?.type).toBe("image/avif");
  });

  it("encodes afresh when the drawing or the variant set changes", async () => {
    let encoded = 0;
    const run = async (picture: Buffer, variants: VariantSpec[]) =>
      cachedVariants(
        picture,
        variants,
        memoryStorage().storage,
        (into) => (encoded++, makeImageVariants(picture, into, { variants })),
        cacheDir,
      );
    await run(await art("#1f618d"), VARIANTS);
    await run(await art("#1f618e"), VARIANTS);
    await run(await art("#1f618d"), [{ width: 32, format: "JPEG" }]);
    await run(await art("#1f618d"), VARIANTS);
    expect(encoded).toBe(3);
  });
});
