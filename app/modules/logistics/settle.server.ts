import type { Prisma, SubOrderStatus } from "~/generated/prisma/client";
import { creditDeliveredSale } from "~/modules/payouts/ledger.server";

type Tx = Prisma.TransactionClient;

// Parts that still have a way to go; when none is left the order is done.
const MOVING: SubOrderStatus[] = ["AWAITING_PAYMENT", "PLACED", "ACCEPTED", "READY", "PICKED_UP", "AT_BRANCH"];

/**
 * After a part reached the buyer: the artisan is credited (once), a cash payment counts as
 * received when no part is still on its way, and the order is COMPLETED then.
 */
export async function settleDelivery(tx: Tx, subOrderId: string) {
  await creditDeliveredSale(tx, subOrderId);
  const { orderId } = await tx.subOrder.findUniqueOrThrow({ where: { id: subOrderId }, select: { orderId: true } });
  const moving = await tx.subOrder.count({ where: { orderId, status: { in: MOVING } } });
  if (moving > 0) return;
  await tx.payment.updateMany({
    where: { orderId, provider: "CASH", status: "PENDING" },
    data: { status: "SUCCEEDED" },
  });
  await tx.order.updateMany({ where: { id: orderId, status: "PLACED" }, data: { status: "COMPLETED" } });
}
