import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";

type Reader = Pick<Db, "staffDistrict">;

/** Whether a staff member (dispatcher or courier) serves a district (StaffDistrict). */
export async function servesDistrict(db: Reader, userId: string, districtId: string): Promise<boolean> {
  return (await db.staffDistrict.count({ where: { userId, districtId } })) > 0;
}

/**
 * Pickups waiting for a courier in a district on a day: home pickups of that day's windows,
 * hand-overs at the district's branches, and failed ones to send again. Also the condition of the
 * conditional write that assigns them, so a pickup taken meanwhile is not taken twice.
 */
export function openRequests(districtId: string, day: Date): Prisma.PickupWhereInput {
  return {
    subOrder: { status: "READY" },
    OR: [
      { status: "REQUESTED", kind: "HOME_PICKUP", pickupWindow: { districtId, date: day } },
      { status: "REQUESTED", kind: "BRANCH_DROP_OFF", branch: { districtId } },
      { status: "FAILED", subOrder: { artisan: { districtId } } },
    ],
  };
}

/** Stops of a courier's manifests of one day: the only ones whose addresses they may see and act on. */
export function courierStopsOn(courierId: string, day: Date): Prisma.PickupWhereInput {
  return { manifest: { courierId, date: day } };
}
