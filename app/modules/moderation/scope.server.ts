import type { Prisma } from "~/generated/prisma/client";
import { inStaffDistricts } from "~/utils/staff-districts.server";

/**
 * Listings a moderator may see and decide: those of artisans in the moderator's districts
 * (StaffDistrict). Every query of this module goes through it, so another district's listing
 * simply does not exist for them (404, never 403).
 */
export function inModeratorDistricts(moderatorId: string): Prisma.ListingWhereInput {
  return { artisan: artisanInStaffDistricts(moderatorId) };
}

/** Artisans living in one of a staff member's districts (moderation, payouts, the caseload). */
export function artisanInStaffDistricts(staffUserId: string): Prisma.ArtisanProfileWhereInput {
  return inStaffDistricts(staffUserId);
}
