import type { Prisma } from "~/generated/prisma/client";

/**
 * Rows (artisans, manifests, people named for a visit…) whose district a staff member serves
 * (StaffDistrict): the one scope of moderators, dispatchers and social workers. Another district's
 * row does not exist for them (404, never 403).
 */
export function inStaffDistricts(staffUserId: string): { district: Prisma.DistrictWhereInput } {
  return { district: { staff: { some: { userId: staffUserId } } } };
}
