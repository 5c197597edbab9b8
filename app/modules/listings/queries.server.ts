import { pictureData, pictureSelect } from "~/modules/media/picture";
import { getStorage } from "~/modules/media/storage-instance.server";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized } from "~/utils/i18n/localized";
import { missingFor, submitSelect } from "./drafts.server";
import { ownListing } from "./own-listing.server";

/** The studio artisan's listings for /studio, newest first, each titled in the page's language. */
export async function studioListings(db: Db, artisanId: string, locale: Locale) {
  const listings = await db.listing.findMany({
    where: { artisanId },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      slug: true,
      titleUz: true,
      titleRu: true,
      titleEn: true,
      status: true,
      rejectionReason: true,
      priceMinor: true,
      stock: true,
      updatedAt: true,
    },
  });
  return listings.map(({ titleUz, titleRu, titleEn, ...l }) => ({
    ...l,
    title: localized({ titleUz, titleRu, titleEn }, "title", locale),
    priceMinor: Number(l.priceMinor),
    updatedAt: l.updatedAt.toISOString(),
  }));
}

/** Everything the step pages show of one own listing: saved answers, photos, what is still missing. */
export async function listingForSteps(db: Db, artisanId: string, listingId: string, locale: Locale) {
  const listing = await ownListing(db, artisanId, listingId, {
    ...submitSelect,
    id: true,
    titleRu: true,
    titleEn: true,
    descriptionRu: true,
    descriptionEn: true,
    stock: true,
    materialsUz: true,
    dimensionsUz: true,
    rejectionReason: true,
    category: { select: { nameUz: true, nameRu: true, nameEn: true } },
    images: { orderBy: { position: "asc" }, select: { id: true, ...pictureSelect } },
  });
  if (!listing) return null;
  const storage = getStorage();
  const { priceMinor, category, images, handmadeAttestedAt, ...rest } = listing;
  return {
    ...rest,
    priceSom: priceMinor > 0n ? String(priceMinor / 100n) : "",
    priceMinor: Number(priceMinor),
    categoryName: category ? localized(category, "name", locale) : null,
    handmade: handmadeAttestedAt !== null,
    images: images.map((image) => ({
      id: image.id,
      altUz: image.altUz,
      picture: pictureData(image, locale, (key) => storage.url(key)),
    })),
    missing: missingFor(listing),
  };
}

/** Categories for the "what it is" step, in the catalog's order and the reader's language. */
export async function categoryOptions(db: Db, locale: Locale) {
  const rows = await db.category.findMany({ orderBy: { sortOrder: "asc" } });
  return rows.map((row) => ({ id: row.id, name: localized(row, "name", locale) }));
}
