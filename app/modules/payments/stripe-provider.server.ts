import Stripe from "stripe";
import { getEnv } from "~/utils/env.server";
import type { CheckoutRequest, PaymentEvent, PaymentProvider } from "./provider";
import { STRIPE_CURRENCY, toStripeAmount } from "./stripe-amount";
import { REFUND_SESSION_KEY, toPaymentEvent } from "./stripe-events";

export type StripeSettings = { secretKey: string; webhookSecret: string; apiUrl?: string };

// Stripe Checkout has no Uzbek; "auto" lets it follow the buyer's browser.
const CHECKOUT_LOCALE: Record<string, Stripe.Checkout.SessionCreateParams.Locale> = { uz: "auto", ru: "ru", en: "en" };

function checkoutLocale(locale: string): Stripe.Checkout.SessionCreateParams.Locale {
  return CHECKOUT_LOCALE[locale.split("-")[0] ?? ""] ?? "auto";
}

/** Card payments through Stripe Checkout (or the local fake of it when apiUrl is set). */
export class StripePaymentProvider implements PaymentProvider {
  private readonly stripe: Stripe;

  constructor(private readonly settings: StripeSettings) {
    const api = settings.apiUrl ? new URL(settings.apiUrl) : undefined;
    this.stripe = new Stripe(settings.secretKey, {
      maxNetworkRetries: 2,
      telemetry: false,
      ...(api && { host: api.hostname, port: api.port, protocol: api.protocol === "https:" ? "https" : "http" }),
    });
  }

  async createCheckout(input: CheckoutRequest) {
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: "payment",
        currency: STRIPE_CURRENCY,
        line_items: input.lines.map((line) => ({
          quantity: line.quantity,
          price_data: { currency: STRIPE_CURRENCY, unit_amount: toStripeAmount(line.unitAmount), product_data: { name: line.name } },
        })),
        metadata: { orderId: input.orderId, orderNumber: input.orderNumber },
        client_reference_id: input.orderId,
        customer_email: input.customerEmail,
        locale: checkoutLocale(input.locale),
        expires_at: Math.floor(input.expiresAt.getTime() / 1000),
        success_url: input.successUrl,
        cancel_url: input.cancelUrl,
      },
      // One session per order: a retried or double-submitted checkout gets the same session back.
      { idempotencyKey: `checkout-${input.orderId}` },
    );
    if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL`);
    return { providerRef: session.id, url: session.url };
  }

  async refund({ providerRef, amount, reason }: Parameters<PaymentProvider["refund"]>[0]) {
    const session = await this.stripe.checkout.sessions.retrieve(providerRef);
    const paymentIntent = typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
    if (!paymentIntent) throw new Error(`Checkout session ${providerRef} has no payment to refund`);
    const refund = await this.stripe.refunds.create({
      payment_intent: paymentIntent,
      amount: toStripeAmount(amount),
      metadata: { [REFUND_SESSION_KEY]: providerRef, ...(reason && { reason }) },
    });
    return { refundRef: refund.id };
  }

  parseWebhook(rawBody: string, signature: string | null): PaymentEvent {
    if (!signature) throw new Error("Missing Stripe-Signature header");
    return toPaymentEvent(this.stripe.webhooks.constructEvent(rawBody, signature, this.settings.webhookSecret));
  }
}

let provider: PaymentProvider | undefined;

/** The app's payment provider, configured from STRIPE_* variables on first use. */
export function getPaymentProvider(): PaymentProvider {
  if (provider) return provider;
  const env = getEnv();
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) {
    throw new Error("Card payments need STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET (local mode starts a fake Stripe instead)");
  }
  provider = new StripePaymentProvider({ secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET, apiUrl: env.STRIPE_API_URL });
  return provider;
}
