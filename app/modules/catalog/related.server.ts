import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { cardsInOrder } from "./search.server";

/**
 * Listings like this one: same craft, other artisans first (a buyer who came for this craft sees
 * more makers), those in stock and popular before the rest.
 */
export async function relatedListings(db: Db, slug: string, locale: Locale, take = 4) {
  const rows = await db.$queryRaw<{ slug: string }[]>`
    SELECT o.slug FROM "Listing" l
    JOIN "Listing" o ON o."categoryId" = l."categoryId" AND o.id <> l.id AND o.status = 'APPROVED'
    WHERE l.slug = ${slug}
    ORDER BY (o."artisanId" = l."artisanId"), (o.stock > 0) DESC, o.popularity DESC, o.id
    LIMIT ${take}`;
  return cardsInOrder(db, rows.map((r) => r.slug), locale);
}
