import { isFavourite } from "~/modules/favourites/favourites.server";
import { recordView } from "~/modules/favourites/recently-viewed.server";
import { isOwnWork } from "~/modules/listings/own-work.server";
import { getUser } from "~/utils/auth.server";
import type { Db } from "~/utils/db.server";

/**
 * What the listing page needs for buying: the listing's id for the forms, whether the signed-in
 * buyer has it in favourites, whether it is the reader's own work (then there is nothing to buy or
 * report), and the Set-Cookie that records it as recently viewed.
 */
export async function listingPanel(db: Db, request: Request, slug: string) {
  const [user, listing] = await Promise.all([
    getUser(request),
    db.listing.findFirst({
      where: { slug, status: "APPROVED" },
      select: { id: true, artisan: { select: { id: true, userId: true } } },
    }),
  ]);
  if (!listing) return null;
  const url = new URL(request.url);
  return {
    panel: {
      listingId: listing.id,
      favourite: user ? await isFavourite(db, user.id, listing.id) : false,
      returnTo: url.pathname,
      own: await isOwnWork(db, user, listing.artisan),
    },
    viewedCookie: recordView(request, slug),
  };
}

export type ListingPanel = NonNullable<Awaited<ReturnType<typeof listingPanel>>>["panel"];
