import type { Prisma } from "~/generated/prisma/client";
import type { PaymentEvent } from "~/modules/payments/provider";
import { audit } from "~/utils/audit.server";
import { toMinorBigInt } from "~/utils/money";
import { notifyBuyer } from "./notices.server";
import { recordRefundTotal } from "./refunds.server";
import { cancelUnpaidOrder, placePaidOrder } from "./transitions.server";

type Tx = Prisma.TransactionClient;

export type PaymentEventOutcome = "applied" | "unchanged" | "refund-owed" | "unknown-payment" | "ignored";

/**
 * Applies one provider event inside the caller's transaction (the webhook records the event id in
 * the same one). Idempotent by state, whatever the order or number of deliveries:
 * - succeeded while awaiting payment → order placed. Repeated → unchanged.
 * - succeeded after the order was cancelled (the hold expired first; the provider keeps its page
 *   open longer) → the order is NOT revived: its stock may already be sold to someone else. The
 *   payment is recorded SUCCEEDED on the CANCELLED order — exactly the state paymentsOwingRefund()
 *   lists — audited as "payment.refund_owed", and the buyer told the money will come back.
 * - expired/failed → cancels only an order still awaiting payment; after success it changes nothing.
 * - refunded → recorded up to the provider's running total (see recordRefundTotal).
 */
export async function applyPaymentEvent(tx: Tx, event: PaymentEvent, now = new Date()): Promise<PaymentEventOutcome> {
  if (event.type === "ignored") return "ignored";
  const payment = await findPayment(tx, event);
  if (!payment) {
    await audit(tx, {
      actorId: null,
      action: "payment.unknown_event",
      entity: "Payment",
      detail: { type: event.type, providerRef: event.providerRef },
    });
    return "unknown-payment";
  }
  switch (event.type) {
    case "payment.succeeded":
      return succeeded(tx, payment, toMinorBigInt(event.amount), now);
    case "payment.expired":
    case "payment.failed":
      return (await cancelUnpaidOrder(
        tx,
        payment.orderId,
        event.type === "payment.expired" ? "EXPIRED" : "FAILED",
        now,
      ))
        ? "applied"
        : "unchanged";
    case "payment.refunded":
      return (await recordRefundTotal(
        tx,
        payment.id,
        { refundRef: event.refundRef, totalMinor: toMinorBigInt(event.totalRefunded) },
        now,
      ))
        ? "applied"
        : "unchanged";
  }
}

type PaymentRow = { id: string; orderId: string; amountMinor: bigint };

async function succeeded(tx: Tx, payment: PaymentRow, paidMinor: bigint, now: Date): Promise<PaymentEventOutcome> {
  const marked = await tx.payment.updateMany({
    where: { id: payment.id, status: { in: ["PENDING", "EXPIRED", "FAILED"] } },
    data: { status: "SUCCEEDED" },
  });
  if (marked.count === 0) return "unchanged";
  if (paidMinor !== payment.amountMinor) {
    await audit(tx, {
      actorId: null,
      action: "payment.amount_mismatch",
      entity: "Payment",
      entityId: payment.id,
      detail: { paidMinor: String(paidMinor) },
    });
  }
  if (await placePaidOrder(tx, payment.orderId, now)) return "applied";
  await audit(tx, {
    actorId: null,
    action: "payment.refund_owed",
    entity: "Payment",
    entityId: payment.id,
    detail: { reason: "paid after the order was cancelled" },
  });
  await notifyBuyer(tx, payment.orderId, "order.paymentLate");
  return "refund-owed";
}

/** By the provider's reference; a checkout whose reference was not stored yet is found by its order. */
async function findPayment(tx: Tx, event: Exclude<PaymentEvent, { type: "ignored" }>): Promise<PaymentRow | null> {
  const select = { id: true, orderId: true, amountMinor: true } as const;
  const byRef = await tx.payment.findUnique({ where: { providerRef: event.providerRef }, select });
  if (byRef || event.type === "payment.refunded") return byRef;
  const byOrder = await tx.payment.findFirst({
    where: { orderId: event.orderId, provider: "STRIPE", providerRef: null },
    select,
  });
  if (byOrder) await tx.payment.update({ where: { id: byOrder.id }, data: { providerRef: event.providerRef } });
  return byOrder;
}
