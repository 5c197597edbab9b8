import type { Prisma } from "~/generated/prisma/client";
import { CheckoutRefusal, type Delivery } from "./types";

const INVALID = new CheckoutRefusal({ ok: false, reason: "invalidDelivery", message: "orders.errors.invalidDelivery" });

/** The Order columns for a delivery whose places exist and belong together (district in region, …). */
export async function deliveryColumns(tx: Prisma.TransactionClient, delivery: Delivery) {
  if (delivery.method === "BRANCH_PICKUP") {
    const branch = await tx.branch.findUnique({ where: { id: delivery.branchId }, select: { id: true } });
    if (!branch) throw INVALID;
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
