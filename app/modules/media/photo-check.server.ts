import sharp, { type Metadata } from "sharp";

/** The most a photo may weigh and hold: a phone's full-size photo fits easily; a 50 MB file does not. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
export const MAX_PHOTO_PIXELS = 40_000_000;

export type PhotoFormat = "jpeg" | "png" | "webp" | "avif";
export type PhotoRefusal = "tooLarge" | "tooManyPixels" | "notAPhoto" | "wrongType" | "heic";
export type PhotoCheck =
  { ok: true; format: PhotoFormat; width: number; height: number } | { ok: false; reason: PhotoRefusal };

// What a file may claim to be (its MIME type or its name's ending), per real format.
const CLAIMS: Record<PhotoFormat, { types: string[]; endings: string[] }> = {
  jpeg: { types: ["image/jpeg", "image/jpg", "image/pjpeg"], endings: ["jpg", "jpeg", "jfif"] },
  png: { types: ["image/png"], endings: ["png"] },
  webp: { types: ["image/webp"], endings: ["webp"] },
  avif: { types: ["image/avif"], endings: ["avif"] },
};

/**
 * Decides from the bytes alone what a file is (libvips reads the signature, never the name), then
 * refuses: more than 15 MB; not a JPEG, PNG, WebP or AVIF; a file whose name or type claims another
 * format (a PNG named .jpg — a classic way to smuggle a script past a filter); more than 40
 * megapixels, read from the header before any pixel is decoded, so a decompression bomb costs nothing.
 */
export async function checkPhoto(file: { bytes: Buffer; name: string; type: string }): Promise<PhotoCheck> {
  if (file.bytes.length > MAX_PHOTO_BYTES) return { ok: false, reason: "tooLarge" };
  let meta: Metadata;
  try {
    meta = await sharp(file.bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, reason: isHeic(file.bytes) ? "heic" : "notAPhoto" };
  }
  const format = photoFormat(meta);
  if (!format || !meta.width || !meta.height) return { ok: false, reason: isHeic(file.bytes) ? "heic" : "notAPhoto" };
  if (!claimsMatch(format, file)) return { ok: false, reason: "wrongType" };
  if (meta.width * meta.height > MAX_PHOTO_PIXELS) return { ok: false, reason: "tooManyPixels" };
  return { ok: true, format, width: meta.width, height: meta.height };
}

function photoFormat(meta: Metadata): PhotoFormat | null {
  if (meta.format === "jpeg" || meta.format === "png" || meta.format === "webp") return meta.format;
  // libvips calls AVIF "heif" with AV1 compression; HEIC (HEVC) cannot be decoded by sharp's build.
  if (meta.format === "heif" && meta.compression === "av1") return "avif";
  return null;
}

/** An empty or generic claim (application/octet-stream, no ending) is no claim; a different one is. */
function claimsMatch(format: PhotoFormat, file: { name: string; type: string }): boolean {
  const { types, endings } = CLAIMS[format];
  const type = file.type.toLowerCase();
  const ending = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  const typeOk = !type || type === "application/octet-stream" || types.includes(type);
  const endingOk =
    !ending || endings.includes(ending) || !Object.values(CLAIMS).some((c) => c.endings.includes(ending));
  return typeOk && endingOk;
}

// An iPhone's default photo format (HEVC inside an ISO box: "ftyp" then a HEIC brand). It gets its
// own message, because the fix is a phone setting the person can change, not a damaged file.
const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx"]);

export function isHeic(bytes: Buffer): boolean {
  return (
    bytes.length >= 12 && bytes.toString("latin1", 4, 8) === "ftyp" && HEIC_BRANDS.has(bytes.toString("latin1", 8, 12))
  );
}
