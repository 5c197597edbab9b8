import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { FileStorage } from "./storage.server";
import { makeImageVariants, variantSet } from "./variants.server";

/** Keeps files in memory and counts writes, so tests see what would reach the disk. */
function memoryStorage() {
  const files = new Map<string, Buffer>();
  const storage: FileStorage & { files: Map<string, Buffer>; puts: number } = {
    files,
    puts: 0,
    async put(key, body) {
      storage.puts += 1;
      files.set(key, body);
    },
    async has(key) {
      return files.has(key);
    },
    url: (key) => `/media/${key}`,
  };
  return storage;
}

/** A 600×400 JPEG stored rotated (orientation 6 = display turned 90° clockwise) with GPS and ICC. */
async function photoWithMetadata(): Promise<Buffer> {
  return (
    sharp({ create: { width: 600, height: 400, channels: 3, background: "#b04a2f" } })
      .composite([
        {
          input: Buffer.from('<svg width="100" height="50"><rect width="100" height="50" fill="#fff"/></svg>'),
          top: 0,
          left: 0,
        },
      ])
      .withIccProfile("p3")
      .withExif({
        IFD0: { Make: "DemoCam", Model: "X1" },
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "41/1 18/1 0/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "69/1 16/1 0/1",
        },
      })
      // sharp writes Orientation from this option and ignores it inside withExif.
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 90 })
      .toBuffer()
  );
}

/** The GPS IFD pointer tag 0x8825, in either byte order of the EXIF block. */
const hasGpsPointer = (exif?: Buffer) =>
  !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));

describe("makeImageVariants", () => {
  it("strips EXIF, GPS and ICC and applies the orientation", async () => {
    const input = await photoWithMetadata();
    const before = await sharp(input).metadata();
    expect(before.exif?.includes("DemoCam")).toBe(true);
    expect(hasGpsPointer(before.exif)).toBe(true);
    expect(before.icc).toBeDefined();
    expect(before.orientation).toBe(6);

    const storage = memoryStorage();
    const result = await makeImageVariants(input, storage);
    expect([result.width, result.height]).toEqual([400, 600]); // portrait after rotation
    for (const variant of result.variants) {
      const meta = await sharp(storage.files.get(variant.key)!).metadata();
      expect(meta.exif, variant.key).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect(meta.height! > meta.width!).toBe(true);
      expect(variant.bytes).toBe(storage.files.get(variant.key)!.length);
    }
  });

  it("never upscales: larger widths collapse to the original width", async () => {
    const input = await sharp({ create: { width: 500, height: 250, channels: 3, background: "#246" } })
      .png()
      .toBuffer();
    const result = await makeImageVariants(input, memoryStorage());
    expect([...new Set(result.variants.map((v) => v.width))]).toEqual([320, 500]);
    expect(result.variants).toHaveLength(6); // 2 widths × AVIF, WEBP, JPEG
    expect(result.variants.find((v) => v.width === 320)?.height).toBe(160);
  });

  it("honours a reduced variant set", async () => {
    const input = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#363" } })
      .jpeg()
      .toBuffer();
    const set = [...variantSet([320, 640], ["WEBP"]), { width: 640, format: "AVIF" as const }];
    const result = await makeImageVariants(input, memoryStorage(), { variants: set });
    expect(result.variants.map((v) => `${v.format}@${v.width}`)).toEqual(["WEBP@320", "AVIF@640", "WEBP@640"]);
  });

  it("uses deterministic content-addressed keys and skips files already stored", async () => {
    const input = await photoWithMetadata();
    const storage = memoryStorage();
    const first = await makeImageVariants(input, storage);
    const puts = storage.puts;
    const second = await makeImageVariants(input, storage);
    expect(second.variants.map((v) => v.key)).toEqual(first.variants.map((v) => v.key));
    expect(storage.puts).toBe(puts);
    for (const { key, format } of first.variants) {
      const ext = { AVIF: "avif", WEBP: "webp", JPEG: "jpg" }[format];
      expect(key).toMatch(new RegExp(`^([0-9a-f]{2})/\\1[0-9a-f]{62}\\.${ext}$`));
    }
  });

  it("makes a tiny WebP placeholder as a data URI", async () => {
    const input = await photoWithMetadata();
    const { placeholder } = await makeImageVariants(input, memoryStorage(), {
      variants: [{ width: 320, format: "WEBP" }],
    });
    expect(placeholder).toMatch(/^data:image\/webp;base64,/);
    const meta = await sharp(Buffer.from(placeholder.split(",")[1]!, "base64")).metadata();
    expect(meta.width).toBe(16);
    expect(placeholder.length).toBeLessThan(400);
  });
});
