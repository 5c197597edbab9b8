import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_PHOTO_BYTES } from "./photo-check.server";
import type { FileStorage } from "./storage.server";
import { storePhoto } from "./store-photo.server";

function memoryStorage() {
  const files = new Map<string, Buffer>();
  const storage: FileStorage = {
    put: async (key, body) => void files.set(key, body),
    has: async (key) => files.has(key),
    url: (key) => `/media/${key}`,
  };
  return { storage, files };
}

const gpsPhoto = () =>
  sharp({ create: { width: 1700, height: 1000, channels: 3, background: "#2f6bb0" } })
    .withExif({
      IFD0: { Make: "DemoCam" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "41/1 18/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "69/1 16/1 0/1" },
    })
    .jpeg()
    .toBuffer();

/** A PNG chunk: length, type, data, CRC over type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A tiny file whose header claims 30 000 × 30 000 pixels: decoding it would take gigabytes. */
function decompressionBomb(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(30_000, 0);
  ihdr.writeUInt32BE(30_000, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("storePhoto", () => {
  it("stores a JPEG with GPS in every variant, none of them with any metadata", async () => {
    const { storage, files } = memoryStorage();
    const result = await storePhoto({ bytes: await gpsPhoto(), name: "IMG_2041.JPG", type: "image/jpeg" }, storage);
    if (!result.ok) throw new Error(result.reason);
    expect(result.image.variants.length).toBe(12);
    expect(files.size).toBe(12);
    for (const bytes of files.values()) {
      const meta = await sharp(bytes).metadata();
      expect([meta.exif, meta.xmp, meta.iptc, meta.icc]).toEqual([undefined, undefined, undefined, undefined]);
    }
    expect(result.image.placeholder).toMatch(/^data:image\/webp;base64,/);
  });

  it.each([
    [
      "a decompression bomb",
      async () => ({ bytes: decompressionBomb(), name: "bomb.png", type: "image/png" }),
      "tooManyPixels",
    ],
    [
      "a PNG renamed .jpg with a script inside",
      async () => {
        const png = await sharp({ create: { width: 40, height: 40, channels: 4, background: "#fff" } })
          .png()
          .toBuffer();
        return {
          bytes: Buffer.concat([png, Buffer.from("<script>alert(document.cookie)</script>")]),
          name: "photo.jpg",
          type: "image/jpeg",
        };
      },
      "wrongType",
    ],
    [
      "a 50 MB file",
      async () => ({ bytes: Buffer.alloc(50 * 1024 * 1024, 0xff), name: "big.jpg", type: "image/jpeg" }),
      "tooLarge",
    ],
    [
      "a file one byte over 15 MB",
      async () => ({ bytes: Buffer.alloc(MAX_PHOTO_BYTES + 1), name: "big.jpg", type: "image/jpeg" }),
      "tooLarge",
    ],
    [
      "a text file",
      async () => ({ bytes: Buffer.from("<html><script>alert(1)</script></html>"), name: "x.jpg", type: "image/jpeg" }),
      "notAPhoto",
    ],
    [
      "an iPhone HEIC photo (its own message: a phone setting fixes it)",
      async () => {
        // The ISO box header every HEIC file starts with: size, "ftyp", brand "heic", compatible brands.
        const ftyp = Buffer.concat([
          Buffer.from([0, 0, 0, 24]),
          Buffer.from("ftypheic"),
          Buffer.alloc(4),
          Buffer.from("mif1heic"),
        ]);
        return { bytes: Buffer.concat([ftyp, Buffer.alloc(2048, 7)]), name: "IMG_0001.HEIC", type: "image/heic" };
      },
      "heic",
    ],
    [
      "an SVG",
      async () => ({
        bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'),
        name: "x.svg",
        type: "image/svg+xml",
      }),
      "notAPhoto",
    ],
  ])("refuses %s and stores nothing", async (_name, file, reason) => {
    const { storage, files } = memoryStorage();
    expect(await storePhoto(await file(), storage)).toEqual({ ok: false, reason });
    expect(files.size).toBe(0);
  });

  it("accepts a PNG, WebP or AVIF under its own name, and a file with no name ending or type", async () => {
    const base = sharp({ create: { width: 64, height: 48, channels: 3, background: "#b04a2f" } });
    const { storage } = memoryStorage();
    for (const [format, name, type] of [
      ["png", "a.png", "image/png"],
      ["webp", "b.webp", "image/webp"],
      ["avif", "c.avif", "image/avif"],
      ["jpeg", "camera", ""],
    ] as const) {
      const bytes = await base.clone().toFormat(format).toBuffer();
      expect((await storePhoto({ bytes, name, type }, storage)).ok, name).toBe(true);
    }
  });
});
