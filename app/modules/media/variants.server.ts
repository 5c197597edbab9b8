import { createHash } from "node:crypto";
import sharp, { type Sharp } from "sharp";
import type { FileStorage } from "./storage.server";

export type ImageFormat = "AVIF" | "WEBP" | "JPEG";
export type VariantSpec = { width: number; format: ImageFormat };
export type ImageVariantFile = { width: number; height: number; format: ImageFormat; key: string; bytes: number };
export type ImageVariants = { width: number; height: number; placeholder: string; variants: ImageVariantFile[] };

export const IMAGE_FORMATS: readonly ImageFormat[] = ["AVIF", "WEBP", "JPEG"];
export const DEFAULT_WIDTHS = [320, 640, 1024, 1600] as const;

/** Every width in every format: the set for real uploads. */
export function variantSet(widths: readonly number[], formats: readonly ImageFormat[]): VariantSpec[] {
  return widths.flatMap((width) => formats.map((format) => ({ width, format })));
}

// Qualities chosen by eye on craft photos: fine textile detail survives, files stay small.
// AVIF effort 2 is ~4× faster than the default 4 for a few percent larger files. As data, so the
// seed's picture cache (prisma/seed/picture-cache.ts) knows when an encoding would change.
export const ENCODING = {
  AVIF: { quality: 50, effort: 2 },
  WEBP: { quality: 78 },
  JPEG: { quality: 78, mozjpeg: true },
  placeholder: { width: 16, blur: 0.5, quality: 40 },
} as const;

export const CONTENT_TYPES: Record<ImageFormat, string> = {
  AVIF: "image/avif",
  WEBP: "image/webp",
  JPEG: "image/jpeg",
};

const ENCODERS: Record<ImageFormat, { ext: string; encode: (s: Sharp) => Sharp }> = {
  AVIF: { ext: "avif", encode: (s) => s.avif(ENCODING.AVIF) },
  WEBP: { ext: "webp", encode: (s) => s.webp(ENCODING.WEBP) },
  // JPEG has no alpha: flatten onto white so transparent PNG uploads do not turn black.
  JPEG: { ext: "jpg", encode: (s) => s.flatten({ background: "#ffffff" }).jpeg(ENCODING.JPEG) },
};

/** `<first 2 hex of sha256>/<sha256>.<ext>`: identical bytes share one file whoever uploads them. */
export function contentKey(body: Buffer, ext: string): string {
  const hash = createHash("sha256").update(body).digest("hex");
  return `${hash.slice(0, 2)}/${hash}.${ext}`;
}

/**
 * Decodes the input once (applying EXIF orientation), then encodes each requested width and
 * format. sharp writes no metadata unless told to (`withMetadata`/`keepExif`, never used here),
 * and decoding to raw pixels first drops EXIF, GPS, XMP and ICC before any encoder sees them.
 * A width larger than the original is replaced by the original width: nothing is upscaled.
 */
export async function makeImageVariants(
  input: Buffer,
  storage: FileStorage,
  opts: { variants?: readonly VariantSpec[] } = {},
): Promise<ImageVariants> {
  const { data, info } = await sharp(input, { failOn: "error" })
    .rotate()
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  const fromRaw = () => sharp(data, raw);

  const specs = new Map<string, VariantSpec>();
  for (const spec of opts.variants ?? variantSet(DEFAULT_WIDTHS, IMAGE_FORMATS)) {
    const width = Math.min(spec.width, info.width);
    specs.set(`${spec.format}@${width}`, { width, format: spec.format });
  }

  const variants = await Promise.all(
    [...specs.values()].map(async ({ width, format }) => {
      const encoder = ENCODERS[format];
      const resized = width === info.width ? fromRaw() : fromRaw().resize({ width });
      const out = await encoder.encode(resized).toBuffer({ resolveWithObject: true });
      const key = contentKey(out.data, encoder.ext);
      if (!(await storage.has(key))) await storage.put(key, out.data, CONTENT_TYPES[format]);
      return { width: out.info.width, height: out.info.height, format, key, bytes: out.data.length };
    }),
  );

  // A slight blur keeps the browser's upscaling of 16 px from showing blocky pixels.
  const { width: tinyWidth, blur, quality } = ENCODING.placeholder;
  const tiny = await fromRaw().resize({ width: tinyWidth }).blur(blur).webp({ quality }).toBuffer();
  return {
    width: info.width,
    height: info.height,
    placeholder: `data:image/webp;base64,${tiny.toString("base64")}`,
    variants: variants.sort((a, b) => a.width - b.width || a.format.localeCompare(b.format)),
  };
}
