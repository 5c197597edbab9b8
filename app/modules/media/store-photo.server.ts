import { checkPhoto, type PhotoRefusal } from "./photo-check.server";
import type { FileStorage } from "./storage.server";
import { makeImageVariants, type ImageVariants } from "./variants.server";

export type StorePhotoResult = { ok: true; image: ImageVariants } | { ok: false; reason: PhotoRefusal };

/**
 * An uploaded photo, checked before anything is written (checkPhoto), then auto-rotated, stripped
 * of every piece of metadata (GPS of the artisan's home among them) and stored in all variants.
 * The original bytes are never stored.
 */
export async function storePhoto(
  file: { bytes: Buffer; name: string; type: string },
  storage: FileStorage,
): Promise<StorePhotoResult> {
  const check = await checkPhoto(file);
  if (!check.ok) return check;
  try {
    return { ok: true, image: await makeImageVariants(file.bytes, storage) };
  } catch {
    // A valid header over broken pixel data: decoding fails before any variant is written.
    return { ok: false, reason: "notAPhoto" };
  }
}
