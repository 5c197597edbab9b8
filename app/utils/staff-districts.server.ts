import type { Prisma } from "~/generated/prisma/client";
import type { Role, SocialWorkerLevel } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";

/**
 * Rows (artisans, manifests, people named for a visit…) whose district a staff member serves
 * (StaffDistrict): the one scope of moderators, dispatchers and social workers. Another district's
 * row does not exist for them (404, never 403).
 */
export function inStaffDistricts(staffUserId: string): { district: Prisma.DistrictWhereInput } {
  return { district: { staff: { some: { userId: staffUserId } } } };
}

/** The active staff of a role serving a district (optionally only these social-worker levels): whom a district's work is announced to. */
export async function districtStaff(
  db: Pick<Db, "user">,
  districtId: string,
  role: Role,
  levels?: readonly SocialWorkerLevel[],
): Promise<{ id: string }[]> {
  return db.user.findMany({
    where: {
      roles: { has: role },
      disabledAt: null,
      staffDistricts: { some: { districtId } },
      ...(levels ? { socialWorkerLevel: { in: [...levels] } } : {}),
    },
    select: { id: true },
  });
}
