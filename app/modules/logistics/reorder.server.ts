import type { Db } from "~/utils/db.server";
import { inStaffDistricts } from "~/utils/staff-districts.server";

/**
 * Swaps a stop with the one before ("up") or after ("down") on a manifest of the dispatcher's
 * district. The manifest's pickups are locked first, so two reorders at once never leave two stops
 * with one number. False when the manifest is not theirs or the stop is not on it.
 */
export async function moveStop(
  db: Db,
  input: { dispatcherId: string; manifestId: string; pickupId: string; direction: "up" | "down" },
) {
  const { dispatcherId, manifestId, pickupId, direction } = input;
  return db.$transaction(async (tx) => {
    const mine = await tx.courierManifest.count({
      where: { id: manifestId, ...inStaffDistricts(dispatcherId) },
    });
    if (mine === 0) return false;
    await tx.$queryRaw`SELECT 1 FROM "Pickup" WHERE "manifestId" = ${manifestId} ORDER BY "id" FOR UPDATE`;
    const stops = await tx.pickup.findMany({
      where: { manifestId },
      orderBy: { stopOrder: "asc" },
      select: { id: true, stopOrder: true },
    });
    const at = stops.findIndex((stop) => stop.id === pickupId);
    if (at === -1) return false;
    const other = stops[direction === "up" ? at - 1 : at + 1];
    if (!other) return true; // already first or last: nothing to do
    await tx.pickup.update({ where: { id: pickupId }, data: { stopOrder: other.stopOrder } });
    await tx.pickup.update({ where: { id: other.id }, data: { stopOrder: stops[at]!.stopOrder } });
    return true;
  });
}
