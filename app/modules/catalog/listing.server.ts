import { getStorage } from "~/modules/media/storage-instance.server";
import { pictureData, pictureSelect } from "~/modules/media/picture";
import { badgeSelect, listingBadge } from "~/modules/verification/public-badge";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";

/** What anyone may see of an artisan: name, place, story and badge facts; never evidence or address. */
export const publicArtisanSelect = {
  displayName: true,
  handle: true,
  storyUz: true,
  storyRu: true,
  storyEn: true,
  district: { select: { nameUz: true, nameRu: true, nameEn: true, region: true } },
  ...badgeSelect,
};

type PublicArtisanRow = {
  displayName: string;
  handle: string;
  storyUz: string;
  storyRu: string | null;
  storyEn: string | null;
  district: {
    nameUz: string;
    nameRu: string;
    nameEn: string;
    region: { nameUz: string; nameRu: string; nameEn: string };
  };
};

export function publicArtisan(artisan: PublicArtisanRow, locale: Locale) {
  return {
    name: uzbekText(artisan.displayName, locale),
    handle: artisan.handle,
    story: localized(artisan, "story", locale),
    district: localized(artisan.district, "name", locale),
    region: localized(artisan.district.region, "name", locale),
  };
}

/** One approved listing for its public page, or null (drafts and rejected ones are never public). */
export async function getPublicListing(db: Db, slug: string, locale: Locale) {
  const row = await db.listing.findFirst({
    where: { slug, status: "APPROVED" },
    include: {
      category: true,
      images: { orderBy: { position: "asc" }, select: pictureSelect },
      artisan: { select: publicArtisanSelect },
    },
  });
  // An approved listing always has a category; only a draft may lack one.
  if (!row?.category) return null;
  const storage = getStorage();
  const { artisan } = row;
  const badge = listingBadge(row);
  return {
    slug: row.slug,
    title: localized(row, "title", locale),
    description: localized(row, "description", locale),
    priceMinor: Number(row.priceMinor),
    stock: row.stock,
    materials: localized(row, "materials", locale) || null,
    dimensions: localized(row, "dimensions", locale) || null,
    category: { slug: row.category.slug, name: localized(row.category, "name", locale) },
    images: row.images.map((image) => pictureData(image, locale, (key) => storage.url(key))),
    artisan: publicArtisan(artisan, locale),
    badge: badge && { verifiedOn: badge.verifiedOn?.toISOString() ?? null },
  };
}

export type PublicListing = NonNullable<Awaited<ReturnType<typeof getPublicListing>>>;
