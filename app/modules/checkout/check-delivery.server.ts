import type { Prisma } from "~/generated/prisma/client";
import { offeredBranch } from "~/modules/config/offered-branches.server";
import { CheckoutRefusal, type Delivery } from "./types";

const INVALID = new CheckoutRefusal({ ok: false, reason: "invalidDelivery", message: "orders.errors.invalidDelivery" });
const NOT_OFFERED = new CheckoutRefusal({
  ok: false,
  reason: "branchNotOffered",
  message: "config.errors.branchNotOffered",
});

/** The Order columns for a delivery whose places exist and belong together (district in region, …). */
export async function deliveryColumns(tx: Prisma.TransactionClient, delivery: Delivery) {
  if (delivery.method === "BRANCH_PICKUP") {
    const branch = await tx.branch.findFirst({ where: offeredBranch({ id: delivery.branchId }), select: { id: true } });
    // A branch deactivated since the form was shown is named as such: the buyer can choose another.
    if (!branch) throw (await tx.branch.count({ where: { id: delivery.branchId } })) ? NOT_OFFERED : INVALID;
    return { deliveryMethod: "BRANCH_PICKUP" as const, branchId: branch.id };
  }
  const street = delivery.street.trim();
  const district = await tx.district.findUnique({ where: { id: delivery.districtId }, select: { regionId: true } });
  if (!street || district?.regionId !== delivery.regionId) throw INVALID;
  if (delivery.mahallaId) {
    const mahalla = await tx.mahalla.findUnique({ where: { id: delivery.mahallaId }, select: { districtId: true } });
    if (mahalla?.districtId !== delivery.districtId) throw INVALID;
  }
  return {
    deliveryMethod: "COURIER" as const,
    regionId: delivery.regionId,
    districtId: delivery.districtId,
    mahallaId: delivery.mahallaId || null,
    street,
  };
}
