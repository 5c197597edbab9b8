import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";

type Tx = Pick<Db, "listing" | "artisanProfile">;

/** The signed-in user's artisan profile id, or null: only an artisan has a studio of their own. */
export async function artisanIdOf(db: Tx, userId: string): Promise<string | null> {
  const profile = await db.artisanProfile.findUnique({ where: { userId }, select: { id: true } });
  return profile?.id ?? null;
}

/**
 * One listing of the studio's artisan, or null — another artisan's listing looks exactly like one
 * that does not exist, so ids cannot be probed.
 */
export async function ownListing<S extends Prisma.ListingSelect>(db: Tx, artisanId: string, listingId: string, select: S) {
  return db.listing.findFirst({ where: { id: listingId, artisanId }, select });
}
