import type { Money } from "~/utils/money";

/**
 * The one interface the app uses for card payments. The real implementation talks to Stripe
 * (Checkout Sessions, refunds, signed webhooks); in development and tests the same implementation
 * talks to a local fake of Stripe's API (server/fakes/stripe). Nothing else imports the Stripe SDK.
 */
export interface PaymentProvider {
  /** A hosted payment page for one order; the buyer is redirected to `url`. */
  createCheckout(input: CheckoutRequest): Promise<{ providerRef: string; url: string }>;
  /** Refunds part or all of a completed payment; resolves with the provider's refund id. */
  refund(input: { providerRef: string; amount: Money; reason?: string }): Promise<{ refundRef: string }>;
  /**
   * Stops a hosted page from taking payment (the stock hold ended). "paid" when the buyer paid
   * first; "pending" when an asynchronous payment is still settling. Throws when unreachable.
   */
  closeCheckout(providerRef: string): Promise<{ state: "closed" | "pending" } | { state: "paid"; amount: Money }>;
  /**
   * Verifies a webhook's signature over the raw body (InvalidWebhook when it does not match) and
   * returns the event, looking up with the provider what the event alone does not say.
   */
  parseWebhook(rawBody: string, signature: string | null): Promise<PaymentEvent>;
}

/** A webhook whose signature does not verify: answered 400, never retried into the database. */
export class InvalidWebhook extends Error {}

export type CheckoutRequest = {
  orderId: string;
  orderNumber: string;
  customerEmail: string;
  locale: string;
  lines: { name: string; unitAmount: Money; quantity: number }[];
  successUrl: string;
  cancelUrl: string;
  /** When the session stops accepting payment (Stripe allows 30 minutes to 24 hours). */
  expiresAt: Date;
};

/** Provider events, already reduced to what the orders module needs. `id` is the provider's event id. */
export type PaymentEvent =
  | { id: string; type: "payment.succeeded"; providerRef: string; orderId: string; amount: Money }
  | { id: string; type: "payment.expired"; providerRef: string; orderId: string }
  | { id: string; type: "payment.failed"; providerRef: string; orderId: string }
  // Refunds are reported as the charge's running total, which every API version includes; the
  // ref names that total, so a repeat or an older total adds nothing (see recordRefundTotal).
  | { id: string; type: "payment.refunded"; providerRef: string; refundRef: string; totalRefunded: Money }
  | { id: string; type: "ignored"; providerType: string };
