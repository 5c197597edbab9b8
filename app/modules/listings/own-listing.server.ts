import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";

type Tx = Pick<Db, "listing">;

/**
 * One listing of the studio's artisan (StudioActor.artisanId), or null — another artisan's listing
 * looks exactly like one that does not exist, so ids cannot be probed.
 */
export async function ownListing<S extends Prisma.ListingSelect>(
  db: Tx,
  artisanId: string,
  listingId: string,
  select: S,
) {
  return db.listing.findFirst({ where: { id: listingId, artisanId }, select });
}
