import type Stripe from "stripe";
import type { PaymentEvent } from "./provider";
import { fromStripeAmount } from "./stripe-amount";

/** Set on every refund we create, so a charge.refunded event can name the checkout it belongs to. */
export const REFUND_SESSION_KEY = "checkout_session";

// Sessions made elsewhere in the same Stripe account (payment links, the dashboard) carry no order.
const orderIdOf = (session: Stripe.Checkout.Session) => session.metadata?.orderId ?? session.client_reference_id;

function idOf(value: string | { id: string } | null): string | null {
  return typeof value === "string" ? value : (value?.id ?? null);
}

/** Reduces a verified Stripe event to the few facts the orders module acts on. */
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
    case "charge.refunded": {
      const charge = event.data.object;
      // Newest first. Recent API versions leave `refunds` out of the charge; then the refund id is
      // unknown and the event cannot be attributed (the refund itself was recorded when we made it).
      const refund = charge.refunds?.data[0];
      if (!refund) return ignored;
      const providerRef = refund.metadata?.[REFUND_SESSION_KEY] ?? idOf(charge.payment_intent) ?? charge.id;
      return { id: event.id, type: "payment.refunded", providerRef, refundRef: refund.id, amount: fromStripeAmount(refund.amount) };
    }
    default:
      return ignored;
  }
}
