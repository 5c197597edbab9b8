import { cardSelect, toCard, type ListingCard } from "~/modules/catalog/queries.server";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";

/**
 * Adds the listing to the buyer's favourites, or takes it out when it is there. Returns the new
 * state, or null for a listing that is not on sale (it can still be taken out, never added).
 */
export async function toggleFavourite(db: Db, userId: string, listingId: string): Promise<boolean | null> {
  const key = { userId_listingId: { userId, listingId } };
  return db.$transaction(async (tx) => {
    if (await tx.favourite.findUnique({ where: key })) {
      await tx.favourite.delete({ where: key });
      return false;
    }
    if ((await tx.listing.count({ where: { id: listingId, status: "APPROVED" } })) === 0) return null;
    await tx.favourite.create({ data: { userId, listingId } });
    return true;
  });
}

export async function isFavourite(db: Db, userId: string, listingId: string): Promise<boolean> {
  return (await db.favourite.count({ where: { userId, listingId } })) > 0;
}

/** The buyer's favourites still on sale, most recently saved first. */
export async function favouriteCards(db: Db, userId: string, locale: Locale): Promise<ListingCard[]> {
  const rows = await db.favourite.findMany({
    where: { userId, listing: { status: "APPROVED" } },
    orderBy: { createdAt: "desc" },
    select: { listing: { select: cardSelect } },
  });
  return rows.map((row) => toCard(row.listing, locale));
}
