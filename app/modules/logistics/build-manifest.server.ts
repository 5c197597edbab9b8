import type { Db } from "~/utils/db.server";
import type { Outcome } from "~/utils/result";
import { byStopOrder } from "./dispatch.server";
import { openRequests, servesDistrict } from "./scope.server";
import { pickupFacts, stopView } from "./stop-facts.server";

export type BuildInput = {
  dispatcherId: string;
  districtId: string;
  day: Date;
  courierId: string;
  pickupIds: string[];
};
export type BuildResult = Outcome<"notFound" | "noPickups" | "courier" | "changed", { manifestId: string }>;

class Taken extends Error {}

/**
 * Puts the chosen open requests of a district and day on a new manifest for a courier of that
 * district, numbered in stop order. All or nothing: each pickup is assigned by a conditional
 * write on locked rows, so when another dispatcher took one meanwhile nothing is saved.
 */
export async function buildManifest(db: Db, input: BuildInput): Promise<BuildResult> {
  const { dispatcherId, districtId, day, courierId } = input;
  if (!(await servesDistrict(db, dispatcherId, districtId))) return { ok: false, reason: "notFound" };
  const pickupIds = [...new Set(input.pickupIds)];
  if (pickupIds.length === 0) return { ok: false, reason: "noPickups" };
  const courier = await db.user.count({
    where: { id: courierId, roles: { has: "COURIER" }, disabledAt: null, staffDistricts: { some: { districtId } } },
  });
  if (courier === 0) return { ok: false, reason: "courier" };
  try {
    return await db.$transaction(async (tx) => {
      // Locked first (in id order, so two builds cannot deadlock), then read: a build that waited
      // here sees the other's assignments and gives up instead of taking the same pickup twice.
      await tx.$queryRaw`SELECT 1 FROM "Pickup" WHERE "id" = ANY(${pickupIds}::text[]) ORDER BY "id" FOR UPDATE`;
      const open = { AND: [{ id: { in: pickupIds } }, openRequests(districtId, day)] };
      const chosen = await tx.pickup.findMany({ where: open, select: pickupFacts });
      if (chosen.length !== pickupIds.length) throw new Taken();
      const manifest = await tx.courierManifest.create({
        data: { districtId, date: day, courierId, createdById: dispatcherId },
      });
      const stops = chosen.map((pickup) => stopView(pickup, "uz")).sort(byStopOrder);
      for (const [index, stop] of stops.entries()) {
        const assigned = await tx.pickup.updateMany({
          where: { id: stop.id, status: stop.status },
          data: { status: "ASSIGNED", manifestId: manifest.id, stopOrder: index + 1, failureReason: null },
        });
        if (assigned.count !== 1) throw new Taken();
      }
      return { ok: true as const, manifestId: manifest.id };
    });
  } catch (error) {
    if (error instanceof Taken) return { ok: false, reason: "changed" };
    throw error;
  }
}
