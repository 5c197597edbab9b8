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
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { orderId: true, amountMinor: true },
  });
  const full = refund.totalMinor >= payment.amountMinor;
  await tx.payment.update({ where: { id: paymentId }, data: { status: full ? "REFUNDED" : "PARTIALLY_REFUNDED" } });

  const moved = await moveSubOrders(tx, payment.orderId, full ? FULL_REFUND_FROM : PARTIAL_REFUND_FROM, "REFUNDED", {
    note: "payment.refunded",
  });
  const items = await tx.orderItem.findMany({ where: { subOrderId: { in: moved } }, select: { listingId: true } });
  if (items.length > 0)
    await returnStock(
      tx,
      payment.orderId,
      now,
      items.map((i) => i.listingId),
    );
  if (full)
    await tx.order.updateMany({
      where: { id: payment.orderId, status: { in: ["AWAITING_PAYMENT", "PLACED"] } },
      data: { status: "CANCELLED" },
    });
  await notifyBuyer(tx, payment.orderId, "order.refunded", { refundMinor: Number(amountMinor) });
  return true;
}

// Parts whose money goes back to the buyer: declined or cancelled (and those already refunded).
const ENDED: SubOrderStatus[] = ["DECLINED", "CANCELLED", "REFUNDED"];

/**
 * What a card payment owes back in all: everything when the order ended cancelled, else the
 * amounts of its ended parts (a declined part), never more than was paid.
 */
export async function refundDue(tx: Pick<Tx, "order">, orderId: string, paidMinor: bigint): Promise<bigint> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { status: true, subOrders: { where: { status: { in: ENDED } }, select: { itemsTotalMinor: true } } },
  });
  if (order.status === "CANCELLED") return paidMinor;
  const ended = order.subOrders.reduce((sum, sub) => sum + sub.itemsTotalMinor, 0n);
  return ended < paidMinor ? ended : paidMinor;
}

/**
 * Records a refund the app itself made through the provider (`amountMinor` under `refundRef`).
 * The running total is computed under the payment's row lock and capped at what is due, so the
 * provider's own webhook for this refund — whether it lands before or after — adds nothing, and
 * two parts refunded at once are both counted.
 */
export async function recordProviderRefund(
  tx: Tx,
  paymentId: string,
  refund: { refundRef: string; amountMinor: bigint; reason: string },
  now: Date,
): Promise<boolean> {
  const payment = await tx.$queryRaw<
    { orderId: string; amountMinor: bigint }[]
  >`SELECT "orderId", "amountMinor" FROM "Payment" WHERE "id" = ${paymentId} FOR UPDATE`;
  const { orderId, amountMinor: paidMinor } = payment[0]!;
  const recorded =
    (await tx.refund.aggregate({ where: { paymentId }, _sum: { amountMinor: true } }))._sum.amountMinor ?? 0n;
  const due = await refundDue(tx, orderId, paidMinor);
  const wanted = recorded + refund.amountMinor;
  return recordRefundTotal(
    tx,
    paymentId,
    { refundRef: refund.refundRef, totalMinor: wanted < due ? wanted : due, reason: refund.reason },
    now,
  );
}
