import type { Prisma } from "~/generated/prisma/client";

/**
 * Listings a moderator may see and decide: those of artisans in the moderator's districts
 * (StaffDistrict). Every query of this module goes through it, so another district's listing
 * simply does not exist for them (404, never 403).
 */
export function inModeratorDistricts(moderatorId: string): Prisma.ListingWhereInput {
  return { artisan: { district: { staff: { some: { userId: moderatorId } } } } };
}
