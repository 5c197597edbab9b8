import { Prisma } from "~/generated/prisma/client";
import { getStorage } from "~/modules/media/storage-instance.server";
import { pictureData, pictureSelect } from "~/modules/media/picture";
import { badgeSelect, listingBadge } from "~/modules/verification/public-badge";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { cardRows } from "./card-rows.server";
import { shortCache } from "./short-cache.server";

const cardSelect = {
  slug: true,
  titleUz: true,
  titleRu: true,
  titleEn: true,
  priceMinor: true,
  stock: true,
  handmadeAttestedAt: true,
  images: { orderBy: { position: "asc" as const }, take: 1, select: pictureSelect },
  artisan: {
    select: {
      displayName: true,
      handle: true,
      district: { select: { nameUz: true, nameRu: true, nameEn: true } },
      ...badgeSelect,
    },
  },
};

export type CardRow = {
  slug: string;
  titleUz: string;
  titleRu: string | null;
  titleEn: string | null;
  priceMinor: bigint;
  stock: number;
  handmadeAttestedAt: Date | null;
  images: Parameters<typeof pictureData>[0][];
  artisan: {
    displayName: string;
    handle: string;
    district: { nameUz: string; nameRu: string; nameEn: string };
    badges: { validUntil: Date | null; decidedAt: Date | null }[];
    consents: unknown[];
  };
};

/** What a listing card shows; nothing about the artisan beyond name, district and the badge. */
export function toCard(row: CardRow, locale: Locale) {
  const storage = getStorage();
  const image = row.images[0];
  const badge = listingBadge(row);
  return {
    slug: row.slug,
    title: localized(row, "title", locale),
    priceMinor: Number(row.priceMinor),
    stock: row.stock,
    image: image ? pictureData(image, locale, (key) => storage.url(key)) : null,
    artisan: { name: uzbekText(row.artisan.displayName, locale), handle: row.artisan.handle },
    district: localized(row.artisan.district, "name", locale),
    verified: badge !== null,
  };
}

export type ListingCard = ReturnType<typeof toCard>;

/** The most popular approved listings in stock (the home page). */
export async function featuredListings(db: Db, locale: Locale, take = 12): Promise<ListingCard[]> {
  const rows = await cardRows(
    db,
    Prisma.sql`l.status = 'APPROVED' AND l.stock > 0`,
    Prisma.sql`ORDER BY l.popularity DESC, l."approvedAt" DESC LIMIT ${take}`,
  );
  return rows.map((row) => toCard(row, locale));
}

// Counting every approved listing per craft reads the whole catalog (~10 ms at 100 000 listings) on
// each home and catalog page; a count up to a minute old is harmless there (ADR 006).
export const COUNTS_TTL_MS = 60_000;
const craftCounts = shortCache(COUNTS_TTL_MS, async (db: Db) => {
  const [categories, counts] = await Promise.all([
    db.category.findMany({ orderBy: { sortOrder: "asc" } }),
    db.listing.groupBy({ by: ["categoryId"], where: { status: "APPROVED" }, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((c) => [c.categoryId, c._count._all]));
  return categories.map((c) => ({ ...c, count: countOf.get(c.id) ?? 0 }));
});

/** The crafts with their approved listings' counts (up to COUNTS_TTL_MS old), in the page's language. */
export async function listCategories(db: Db, locale: Locale) {
  const categories = await craftCounts.get(db);
  return categories.map((c) => ({ slug: c.slug, name: localized(c, "name", locale), count: c.count }));
}

/** Forgets the remembered counts (tests; a process that has just changed a listing's status). */
export const forgetCraftCounts = () => craftCounts.clear();

export type CategorySummary = Awaited<ReturnType<typeof listCategories>>[number];

export { cardSelect };
