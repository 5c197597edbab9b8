import { mayActFor } from "~/modules/assisted/may-act-for.server";
import type { CurrentUser } from "~/utils/auth.server";
import type { Db } from "~/utils/db.server";

export type Person = Pick<CurrentUser, "id" | "roles" | "actingForArtisanId">;

/**
 * Whether a listing of this artisan is the person's own work: she made it, or she is acting for its
 * artisan right now (assisted mode, checked as on every studio request). Her own work is not hers
 * to buy or to report; the page points her to her studio instead.
 */
export async function isOwnWork(
  db: Pick<Db, "artisanProfile">,
  person: Person | null,
  artisan: { id: string; userId: string },
): Promise<boolean> {
  if (!person) return false;
  if (person.id === artisan.userId) return true;
  return person.actingForArtisanId === artisan.id && (await mayActFor(db, person, artisan.id));
}

/** The same for a listing by its id; false for a listing that does not exist. */
export async function isOwnListing(
  db: Pick<Db, "artisanProfile" | "listing">,
  person: Person | null,
  listingId: string,
): Promise<boolean> {
  if (!person) return false;
  const listing = await db.listing.findUnique({
    where: { id: listingId },
    select: { artisan: { select: { id: true, userId: true } } },
  });
  return listing !== null && (await isOwnWork(db, person, listing.artisan));
}
