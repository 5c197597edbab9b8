import { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { cardsInOrder } from "./search.server";

const { sql } = Prisma;

// In this order: other artisans' listings in stock, then out of stock, then the same artisan's.
// One query per group, each reading the craft's listings by popularity from an index and stopping
// after a few; usually the first group fills the section and the others are never asked.
const GROUPS = [
  sql`o."artisanId" <> l."artisanId" AND o.stock > 0`,
  sql`o."artisanId" <> l."artisanId" AND o.stock <= 0`,
  sql`o."artisanId" = l."artisanId" AND o.stock > 0`,
  sql`o."artisanId" = l."artisanId" AND o.stock <= 0`,
];

/**
 * Listings like this one: same craft, other artisans first (a buyer who came for this craft sees
 * more makers), those in stock and popular before the rest.
 */
export async function relatedListings(db: Db, slug: string, locale: Locale, take = 4) {
  const slugs: string[] = [];
  for (const group of GROUPS) {
    if (slugs.length >= take) break;
    const rows = await db.$queryRaw<{ slug: string }[]>`
      SELECT o.slug FROM "Listing" l
      JOIN "Listing" o ON o."categoryId" = l."categoryId" AND o.id <> l.id AND o.status = 'APPROVED' AND ${group}
      WHERE l.slug = ${slug}
      ORDER BY o.popularity DESC, o.id
      LIMIT ${take - slugs.length}`;
    slugs.push(...rows.map((r) => r.slug));
  }
  return cardsInOrder(db, slugs, locale);
}
