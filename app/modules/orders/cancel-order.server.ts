import type { PaymentProvider } from "~/modules/payments/provider";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { fromMinor } from "~/utils/money";
import { closeProviderCheckout } from "./close-checkout.server";
import { notifyArtisans, notifyBuyer } from "./notices.server";
import { ownedBy, type OrderOwner } from "./owner";
import { recordRefundTotal } from "./refunds.server";
import { moveSubOrders, returnStock } from "./transitions.server";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type CancelOrderResult =
  | { ok: true; refund: "none" | "recorded" | "owed" }
  | { ok: false; code: "NOT_FOUND" | "NOT_CANCELLABLE" };

class NotCancellable extends Error {}

/**
 * The buyer (signed in, or a guest holding the signed order cookie) cancels while no artisan has
 * accepted yet. An order still awaiting card payment is simply ended: nothing was paid, the stock
 * goes back. A placed order (every sub-order PLACED) is cancelled in one transaction: order and
 * sub-orders CANCELLED, stock returned, everyone told — a sub-order accepted meanwhile rolls it all
 * back. Then, for a paid card order, the provider refunds the full amount and the refund is
 * recorded at once (the later refund webhook finds it and adds nothing). If the provider fails,
 * the order stays cancelled with its payment SUCCEEDED: a refund owed, listed by
 * paymentsOwingRefund() for staff to retry.
 */
export async function cancelOrderBeforeAcceptance(
  db: Db,
  provider: PaymentProvider,
  { orderId, owner }: { orderId: string; owner: OrderOwner },
  now = new Date(),
): Promise<CancelOrderResult> {
  const actorId = owner.buyerId;
  // An unpaid card order: close the payment page first, so it cannot take money for stock that
  // goes back on sale. If the buyer paid a moment ago, the order is now placed and is cancelled
  // (and refunded) as such below.
  const unpaid = await db.order.findFirst({
    where: { AND: [{ id: orderId, status: "AWAITING_PAYMENT" }, ownedBy(owner)] },
    select: { payments: { where: { provider: "STRIPE" }, select: { providerRef: true } } },
  });
  const providerRef = unpaid?.payments[0]?.providerRef;
  if (providerRef && (await closeProviderCheckout(db, provider, orderId, providerRef)) === "pending") return { ok: false, code: "NOT_CANCELLABLE" };
  let paid: { id: string; providerRef: string; amountMinor: bigint } | null | undefined;
  try {
    paid = await db.$transaction(async (tx) => {
      const order = await tx.order.findFirst({ where: { AND: [{ id: orderId }, ownedBy(owner)] }, include: { subOrders: true, payments: true } });
      if (!order) return undefined;
      if (order.status === "AWAITING_PAYMENT") return cancelUnpaid(tx, orderId, actorId, now);
      const cancelled = await tx.order.updateMany({ where: { id: orderId, status: "PLACED" }, data: { status: "CANCELLED" } });
      if (cancelled.count === 0) throw new NotCancellable();
      const moved = await moveSubOrders(tx, orderId, ["PLACED"], "CANCELLED", { actorId, note: "order.cancelled_by_buyer" });
      if (moved.length !== order.subOrders.length) throw new NotCancellable();
      await returnStock(tx, orderId, now);
      // Cash that will never be collected: EXPIRED is the closest payment status there is.
      await tx.payment.updateMany({ where: { orderId, provider: "CASH", status: "PENDING" }, data: { status: "EXPIRED" } });
      await audit(tx, { actorId, action: "order.cancelled", entity: "Order", entityId: orderId });
      await notifyBuyer(tx, orderId, "order.cancelled");
      await notifyArtisans(tx, orderId, "order.cancelledByBuyer");
      const card = order.payments.find((p) => p.provider === "STRIPE" && p.status === "SUCCEEDED" && p.providerRef);
      return card ? { id: card.id, providerRef: card.providerRef!, amountMinor: card.amountMinor } : null;
    });
  } catch (error) {
    if (error instanceof NotCancellable) return { ok: false, code: "NOT_CANCELLABLE" };
    throw error;
  }
  if (paid === undefined) return { ok: false, code: "NOT_FOUND" };
  if (paid === null) return { ok: true, refund: "none" };
  return { ok: true, refund: await refundInFull(db, provider, paid, now) };
}

/**
 * The buyer gives up on a card payment. Artisans never heard of this order (they hear once it is
 * paid), so only the buyer is told. The provider's page was closed before; if it could not be
 * reached and still takes a payment, applyPaymentEvent records it as a refund owed.
 */
async function cancelUnpaid(tx: Tx, orderId: string, actorId: string | null, now: Date): Promise<null> {
  const cancelled = await tx.order.updateMany({ where: { id: orderId, status: "AWAITING_PAYMENT" }, data: { status: "CANCELLED" } });
  if (cancelled.count === 0) throw new NotCancellable();
  await tx.payment.updateMany({ where: { orderId, status: "PENDING" }, data: { status: "EXPIRED" } });
  await moveSubOrders(tx, orderId, ["AWAITING_PAYMENT"], "CANCELLED", { actorId, note: "order.cancelled_by_buyer" });
  await returnStock(tx, orderId, now);
  await audit(tx, { actorId, action: "order.cancelled", entity: "Order", entityId: orderId });
  await notifyBuyer(tx, orderId, "order.cancelled");
  return null;
}

async function refundInFull(db: Db, provider: PaymentProvider, payment: { id: string; providerRef: string; amountMinor: bigint }, now: Date) {
  try {
    const { refundRef } = await provider.refund({ providerRef: payment.providerRef, amount: fromMinor(payment.amountMinor), reason: "requested_by_customer" });
    await db.$transaction((tx) => recordRefundTotal(tx, payment.id, { refundRef, totalMinor: payment.amountMinor, reason: "cancelled_by_buyer" }, now));
    return "recorded" as const;
  } catch (error) {
    await audit(db, { actorId: null, action: "payment.refund_owed", entity: "Payment", entityId: payment.id, detail: { error: String(error) } });
    return "owed" as const;
  }
}
