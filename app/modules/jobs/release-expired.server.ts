import { applyPaymentEvent } from "~/modules/orders/payment-events.server";
import { cancelUnpaidOrder } from "~/modules/orders/transitions.server";
import type { PaymentProvider } from "~/modules/payments/provider";
import type { Db } from "~/utils/db.server";

const BATCH = 200;

/**
 * Ends card orders whose stock hold has run out unpaid, through the same path as the provider's
 * "payment.expired" event: whichever comes first cancels the order and returns the stock, the
 * other finds the order no longer awaiting payment and does nothing. Returns how many it ended.
 * The provider's page is closed first, so a buyer cannot pay for stock that went back on sale;
 * if they paid a moment before, the payment is applied here and the order placed.
 */
export async function releaseExpiredReservations(db: Db, provider: PaymentProvider | null, now = new Date()): Promise<number> {
  let released = 0;
  for (;;) {
    const due = await db.order.findMany({
      where: {
        status: "AWAITING_PAYMENT",
        reservations: { some: { expiresAt: { lte: now }, releasedAt: null, consumedAt: null } },
      },
      select: { id: true, payments: { where: { provider: "STRIPE" }, select: { providerRef: true } } },
      orderBy: { createdAt: "asc" },
      take: BATCH,
    });
    for (const order of due) {
      const providerRef = order.payments[0]?.providerRef;
      if (provider && providerRef && !(await closedAtProvider(db, provider, order.id, providerRef))) continue;
      if (await db.$transaction((tx) => cancelUnpaidOrder(tx, order.id, "EXPIRED", now))) released++;
    }
    if (due.length < BATCH) return released;
  }
}

/** False when the order must not be cancelled: paid (now applied) or a payment still settling. */
async function closedAtProvider(db: Db, provider: PaymentProvider, orderId: string, providerRef: string): Promise<boolean> {
  let outcome: Awaited<ReturnType<PaymentProvider["closeCheckout"]>>;
  try {
    outcome = await provider.closeCheckout(providerRef);
  } catch (error) {
    // Unreachable: end the hold anyway; a payment arriving later is recorded as a refund owed.
    console.error(`jobs: could not close checkout ${providerRef}: ${(error as Error).message}`);
    return true;
  }
  if (outcome.state === "closed") return true;
  if (outcome.state === "paid") {
    const event = { id: `close-${providerRef}`, type: "payment.succeeded", providerRef, orderId, amount: outcome.amount } as const;
    await db.$transaction((tx) => applyPaymentEvent(tx, event));
  }
  return false;
}
