import os from "node:os";
import type { Prisma } from "~/generated/prisma/client";
import { renderPatternArt } from "~/modules/media/pattern-art.server";
import type { FileStorage } from "~/modules/media/storage.server";
import { makeImageVariants, variantSet, type ImageVariants, type VariantSpec } from "~/modules/media/variants.server";
import type { ImageSlot, Picture } from "./generate/catalog";
import { cachedVariants } from "./picture-cache";
import { createRandom } from "./random";

/**
 * A smaller variant set than real uploads get, to keep the whole seed within ~25 s on 2 cores:
 * AVIF is by far the slowest encoder (~10× WebP), so it is made at 640 px only, the size
 * product cards use; 1600 px is left out because the generated pictures are at most 1024 px.
 */
export const SEED_VARIANTS: readonly VariantSpec[] = [
  ...variantSet([320, 640, 1024], ["WEBP", "JPEG"]),
  { width: 640, format: "AVIF" },
];

/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Draws, encodes (or finds the encoding kept from an earlier seed) and stores each picture once; listings share them by key. */
export async function renderPictures(
  pictures: readonly Picture[],
  storage: FileStorage,
): Promise<Map<string, ImageVariants>> {
  // sharp runs each operation on one libuv thread here; one picture per core keeps them all busy.
  const limit = Math.max(2, os.availableParallelism());
  const rendered = await mapLimit(pictures, limit, async (picture) => {
    const art = await renderPatternArt(picture);
    return cachedVariants(art, SEED_VARIANTS, storage, (into) =>
      makeImageVariants(art, into, { variants: SEED_VARIANTS }),
    );
  });
  return new Map(pictures.map((picture, i) => [picture.key, rendered[i]!]));
}

export function buildImageRows(slots: readonly ImageSlot[], rendered: ReadonlyMap<string, ImageVariants>) {
  const random = createRandom("hunarmand-demo/images");
  const listingImages: Prisma.ListingImageCreateManyInput[] = [];
  const imageVariants: Prisma.ImageVariantCreateManyInput[] = [];
  for (const slot of slots) {
    const image = rendered.get(slot.pictureKey);
    if (!image) throw new Error(`picture ${slot.pictureKey} was not rendered`);
    const imageId = random.uuid();
    listingImages.push({
      id: imageId,
      listingId: slot.listingId,
      position: slot.position,
      altUz: slot.alt.uz,
      altRu: slot.alt.ru,
      altEn: slot.alt.en,
      width: image.width,
      height: image.height,
      placeholder: image.placeholder,
    });
    for (const variant of image.variants) imageVariants.push({ id: random.uuid(), imageId, ...variant });
  }
  return { listingImages, imageVariants };
}
