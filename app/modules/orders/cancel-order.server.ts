import type { PaymentProvider } from "~/modules/payments/provider";
import { audit } from "~/utils/audit.server";
import type { Db, Tx } from "~/utils/db.server";
import type { Outcome } from "~/utils/result";
import { closeProviderCheckout } from "./close-checkout.server";
import { notifyArtisans, notifyBuyer } from "./notices.server";
import { ownedBy, type OrderOwner } from "./owner";
import { refundOrOwe } from "./provider-refund.server";
import { moveSubOrders, returnStock } from "./transitions.server";

export type CancelOrderResult = Outcome<"notFound" | "notCancellable", { refund: "none" | "recorded" | "owed" }>;

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
  let outcome: { paid: Refundable | null; unpaidCheckout: string | null } | undefined;
  try {
    outcome = await db.$transaction(async (tx) => {
      const order = await tx.order.findFirst({
        where: { AND: [{ id: orderId }, ownedBy(owner)] },
        include: { subOrders: true, payments: true },
      });
      if (!order) return undefined;
      if (order.status === "AWAITING_PAYMENT") {
        await cancelUnpaid(tx, orderId, actorId, now);
        return { paid: null, unpaidCheckout: order.payments.find((p) => p.provider === "STRIPE")?.providerRef ?? null };
      }
      const cancelled = await tx.order.updateMany({
        where: { id: orderId, status: "PLACED" },
        data: { status: "CANCELLED" },
      });
      if (cancelled.count === 0) throw new NotCancellable();
      const moved = await moveSubOrders(tx, orderId, ["PLACED"], "CANCELLED", {
        actorId,
        note: "order.cancelled_by_buyer",
      });
      if (moved.length !== order.subOrders.length) throw new NotCancellable();
      await returnStock(tx, orderId, now);
      // Cash that will never be collected: EXPIRED is the closest payment status there is.
      await tx.payment.updateMany({
        where: { orderId, provider: "CASH", status: "PENDING" },
        data: { status: "EXPIRED" },
      });
      await audit(tx, { actorId, action: "order.cancelled", entity: "Order", entityId: orderId });
      await notifyBuyer(tx, orderId, "order.cancelled");
      await notifyArtisans(tx, orderId, "order.cancelledByBuyer");
      const card = order.payments.find((p) => p.provider === "STRIPE" && p.status === "SUCCEEDED" && p.providerRef);
      return {
        paid: card ? { id: card.id, providerRef: card.providerRef!, amountMinor: card.amountMinor } : null,
        unpaidCheckout: null,
      };
    });
  } catch (error) {
    if (error instanceof NotCancellable) return { ok: false, reason: "notCancellable" };
    throw error;
  }
  if (outcome === undefined) return { ok: false, reason: "notFound" };
  if (outcome.unpaidCheckout)
    return { ok: true, refund: await closeAfterCancel(db, provider, orderId, outcome.unpaidCheckout, now) };
  if (outcome.paid === null) return { ok: true, refund: "none" };
  return { ok: true, refund: await refundInFull(db, provider, outcome.paid, now) };
}

type Refundable = { id: string; providerRef: string; amountMinor: bigint };

/**
 * After an unpaid order was cancelled, its payment page is closed, so it cannot take money for
 * stock that is back on sale. (Closing first would race the provider's own "expired" event,
 * which would end the order as expired rather than cancelled by the buyer.) If the buyer paid a
 * moment before, that payment is recorded as owed back, and is refunded at once.
 */
async function closeAfterCancel(db: Db, provider: PaymentProvider, orderId: string, providerRef: string, now: Date) {
  if ((await closeProviderCheckout(db, provider, orderId, providerRef)) !== "paid") return "none" as const;
  const payment = await db.payment.findFirstOrThrow({ where: { orderId, providerRef, status: "SUCCEEDED" } });
  return refundInFull(db, provider, payment as Refundable, now);
}

/**
 * The buyer gives up on a card payment. Artisans never heard of this order (they hear once it is
 * paid), so only the buyer is told. Its payment page is closed next (closeAfterCancel).
 */
async function cancelUnpaid(tx: Tx, orderId: string, actorId: string | null, now: Date): Promise<null> {
  const cancelled = await tx.order.updateMany({
    where: { id: orderId, status: "AWAITING_PAYMENT" },
    data: { status: "CANCELLED" },
  });
  if (cancelled.count === 0) throw new NotCancellable();
  await tx.payment.updateMany({ where: { orderId, status: "PENDING" }, data: { status: "EXPIRED" } });
  await moveSubOrders(tx, orderId, ["AWAITING_PAYMENT"], "CANCELLED", { actorId, note: "order.cancelled_by_buyer" });
  await returnStock(tx, orderId, now);
  await audit(tx, { actorId, action: "order.cancelled", entity: "Order", entityId: orderId });
  await notifyBuyer(tx, orderId, "order.cancelled");
  return null;
}

function refundInFull(db: Db, provider: PaymentProvider, payment: Refundable, now: Date) {
  return refundOrOwe(db, provider, payment, payment.amountMinor, "cancelled_by_buyer", now);
}
