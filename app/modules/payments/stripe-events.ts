import type Stripe from "stripe";
import type { PaymentEvent } from "./provider";
import { fromStripeAmount } from "./stripe-amount";

// Sessions made elsewhere in the same Stripe account (payment links, the dashboard) carry no order.
const orderIdOf = (session: Stripe.Checkout.Session) => session.metadata?.orderId ?? session.client_reference_id;

export function idOf(value: string | { id: string } | null): string | null {
  return typeof value === "string" ? value : (value?.id ?? null);
}

/**
 * Reduces a verified Stripe event to the few facts the orders module acts on. charge.refunded
 * names only the payment intent; the provider finds its checkout (toRefundEvent).
 */
export function toPaymentEvent(event: Stripe.Event): PaymentEvent {
  const ignored: PaymentEvent = { id: event.id, type: "ignored", providerType: event.type };
  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      const orderId = orderIdOf(session);
      // "unpaid" means an asynchronous method is still settling; its outcome arrives as its own event.
      if (session.payment_status !== "paid" || !orderId) return ignored;
      const amount = fromStripeAmount(session.amount_total ?? 0);
      return { id: event.id, type: "payment.succeeded", providerRef: session.id, orderId, amount };
    }
    case "checkout.session.expired":
    case "checkout.session.async_payment_failed": {
      const session = event.data.object;
      const orderId = orderIdOf(session);
      if (!orderId) return ignored;
      const type = event.type === "checkout.session.expired" ? "payment.expired" : "payment.failed";
      return { id: event.id, type, providerRef: session.id, orderId };
    }
    default:
      return ignored;
  }
}

/**
 * A charge's refunds as its running total (`amount_refunded`, in every API version; the list of
 * refunds is left out of charges since 2022-11-15). `checkout` is the session the charge paid for,
 * or null when it paid for something the app did not sell.
 */
export function toRefundEvent(event: Stripe.ChargeRefundedEvent, checkout: string | null): PaymentEvent {
  const charge = event.data.object;
  if (!checkout) return { id: event.id, type: "ignored", providerType: event.type };
  return {
    id: event.id,
    type: "payment.refunded",
    providerRef: checkout,
    refundRef: `${charge.id}:${charge.amount_refunded}`,
    totalRefunded: fromStripeAmount(charge.amount_refunded),
  };
}
