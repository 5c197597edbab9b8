import type { Prisma, SubOrderStatus } from "~/generated/prisma/client";
import { notifyBuyer } from "./notices.server";
import { moveSubOrders, returnStock } from "./transitions.server";

type Tx = Prisma.TransactionClient;

// Refund has no sub-order column, so which parts a refund covers is inferred: a full refund
// covers every part not delivered; a partial one the parts already ended (declined, cancelled).
const FULL_REFUND_FROM: SubOrderStatus[] = ["AWAITING_PAYMENT", "PLACED", "ACCEPTED", "READY", "DECLINED", "CANCELLED"];
const PARTIAL_REFUND_FROM: SubOrderStatus[] = ["DECLINED", "CANCELLED"];

/**
 * Brings the recorded refunds of a payment up to the provider's running total: the difference
 * becomes one Refund row under `refundRef`. A repeat, an older total arriving late, or the webhook
 * of a refund already recorded at cancellation adds nothing. The payment row is locked first, so
 * two totals applied at once cannot both add the same difference. Then the payment becomes
 * REFUNDED or PARTIALLY_REFUNDED, the covered sub-orders REFUNDED, and their stock is returned.
 */
export async function recordRefundTotal(
  tx: Tx,
  paymentId: string,
  refund: { refundRef: string; totalMinor: bigint; reason?: string },
  now: Date,
): Promise<boolean> {
  await tx.$queryRaw`SELECT 1 FROM "Payment" WHERE "id" = ${paymentId} FOR UPDATE`;
  const recorded = await tx.refund.aggregate({ where: { paymentId }, _sum: { amountMinor: true } });
  const amountMinor = refund.totalMinor - (recorded._sum.amountMinor ?? 0n);
  if (amountMinor <= 0n) return false;
  const inserted = await tx.refund.createMany({
    data: [{ paymentId, amountMinor, providerRef: refund.refundRef, reason: refund.reason ?? null }],
    skipDuplicates: true,
  });
  if (inserted.count === 0) return false;
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { orderId: true, amountMinor: true } });
  const full = refund.totalMinor >= payment.amountMinor;
  await tx.payment.update({ where: { id: paymentId }, data: { status: full ? "REFUNDED" : "PARTIALLY_REFUNDED" } });

  const moved = await moveSubOrders(tx, payment.orderId, full ? FULL_REFUND_FROM : PARTIAL_REFUND_FROM, "REFUNDED", { note: "payment.refunded" });
  const items = await tx.orderItem.findMany({ where: { subOrderId: { in: moved } }, select: { listingId: true } });
  if (items.length > 0) await returnStock(tx, payment.orderId, now, items.map((i) => i.listingId));
  if (full) await tx.order.updateMany({ where: { id: payment.orderId, status: { in: ["AWAITING_PAYMENT", "PLACED"] } }, data: { status: "CANCELLED" } });
  await notifyBuyer(tx, payment.orderId, "order.refunded", { refundMinor: Number(amountMinor) });
  return true;
}
