import type { PaymentProvider } from "~/modules/payments/provider";
import type { Db } from "~/utils/db.server";
import { applyPaymentEvent } from "./payment-events.server";

export type CheckoutClosing = "closed" | "paid" | "pending" | "unreachable";

/**
 * Stops the provider's hosted page from taking a payment for an order that is about to end
 * unpaid (hold expired, buyer cancelled). "paid": the buyer paid a moment earlier; the payment
 * is applied here, so the order is placed and must not be ended as unpaid. "pending": a payment
 * is still settling. "unreachable": the order may end anyway; a payment landing later is recorded
 * as a refund owed (applyPaymentEvent).
 */
export async function closeProviderCheckout(
  db: Db,
  provider: PaymentProvider,
  orderId: string,
  providerRef: string,
): Promise<CheckoutClosing> {
  let outcome: Awaited<ReturnType<PaymentProvider["closeCheckout"]>>;
  try {
    outcome = await provider.closeCheckout(providerRef);
  } catch (error) {
    console.error(`payments: could not close checkout ${providerRef}: ${(error as Error).message}`);
    return "unreachable";
  }
  if (outcome.state === "paid") {
    const event = {
      id: `close-${providerRef}`,
      type: "payment.succeeded",
      providerRef,
      orderId,
      amount: outcome.amount,
    } as const;
    await db.$transaction((tx) => applyPaymentEvent(tx, event));
  }
  return outcome.state;
}
