import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { checkPhoto, MAX_PHOTO_BYTES } from "~/modules/media/photo-check.server";

export type FileRefusal = "fileMissing" | "tooLarge" | "wrongType" | "heic" | "tooManyPixels" | "notAPhoto";
export type CheckedFile = { bytes: Buffer; type: "application/pdf" | "image/jpeg" | "image/png"; ending: string };
export type Upload = { bytes: Buffer; name: string; type: string };

const PDF_SIGNATURE = Buffer.from("%PDF-");
const PDF_CLAIMS = { types: ["application/pdf", "application/octet-stream", ""], endings: ["pdf", undefined] };

/**
 * A certificate's scan: a PDF (its first bytes say so, and its name or type claims nothing else),
 * or a JPEG/PNG photo through the photo checks, re-encoded without any metadata (a phone's GPS
 * would tell where the artisan lives). At most 15 MB either way.
 */
export async function checkCertificateFile(
  file: Upload | null,
): Promise<{ ok: true; file: CheckedFile } | { ok: false; reason: FileRefusal }> {
  if (!file || file.bytes.length === 0) return { ok: false, reason: "fileMissing" };
  if (file.bytes.length > MAX_PHOTO_BYTES) return { ok: false, reason: "tooLarge" };
  if (file.bytes.subarray(0, PDF_SIGNATURE.length).equals(PDF_SIGNATURE)) {
    const ending = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
    const claimsPdf = PDF_CLAIMS.types.includes(file.type.toLowerCase()) && PDF_CLAIMS.endings.includes(ending);
    return claimsPdf
      ? { ok: true, file: { bytes: file.bytes, type: "application/pdf", ending: "pdf" } }
      : { ok: false, reason: "wrongType" };
  }
  const photo = await checkPhoto(file);
  if (!photo.ok) return photo;
  if (photo.format !== "jpeg" && photo.format !== "png") return { ok: false, reason: "wrongType" };
  try {
    // sharp writes no metadata unless asked; rotate() first keeps the photo upright without its EXIF.
    const image = sharp(file.bytes).rotate();
    const bytes = photo.format === "png" ? await image.png().toBuffer() : await image.jpeg({ quality: 90 }).toBuffer();
    return {
      ok: true,
      file: {
        bytes,
        type: photo.format === "png" ? "image/png" : "image/jpeg",
        ending: photo.format === "png" ? "png" : "jpg",
      },
    };
  } catch {
    return { ok: false, reason: "notAPhoto" };
  }
}

/** A fresh private key: random (a certificate's file is never shared or deduplicated), under "certificates/". */
export const certificateFileKey = (ending: string) => `certificates/${randomBytes(16).toString("hex")}.${ending}`;
