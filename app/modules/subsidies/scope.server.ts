import type { Prisma } from "~/generated/prisma/client";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";

/** Claims of artisans in the social worker's districts: another district's claim does not exist for them. */
export function claimInStaffDistricts(workerId: string): Prisma.SubsidyClaimWhereInput {
  return { artisan: artisanInStaffDistricts(workerId) };
}
