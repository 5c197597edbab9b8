import Stripe from "stripe";
import { fromEnv, type Env } from "~/utils/env.server";
import { InvalidWebhook, type CheckoutRequest, type PaymentEvent, type PaymentProvider } from "./provider";
import { fromStripeAmount, STRIPE_CURRENCY, toStripeAmount } from "./stripe-amount";
import { idOf, toPaymentEvent, toRefundEvent } from "./stripe-events";

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
        // Cards settle at once; methods that settle later would leave the stock hold undecided.
        allowed_payment_method_types: ["card"],
        currency: STRIPE_CURRENCY,
        line_items: input.lines.map((line) => ({
          quantity: line.quantity,
          price_data: {
            currency: STRIPE_CURRENCY,
            unit_amount: toStripeAmount(line.unitAmount),
            product_data: { name: line.name },
          },
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
    const paymentIntent = idOf(session.payment_intent);
    if (!paymentIntent) throw new Error(`Checkout session ${providerRef} has no payment to refund`);
    const refund = await this.stripe.refunds.create({
      payment_intent: paymentIntent,
      amount: toStripeAmount(amount),
      metadata: { checkout_session: providerRef, ...(reason && { reason }) },
    });
    return { refundRef: refund.id };
  }

  async closeCheckout(providerRef: string) {
    let session = await this.stripe.checkout.sessions.retrieve(providerRef);
    if (session.status === "open") {
      try {
        session = await this.stripe.checkout.sessions.expire(providerRef);
      } catch (error) {
        // The buyer may have paid between the two calls: only then is the refusal an answer.
        session = await this.stripe.checkout.sessions.retrieve(providerRef);
        if (session.status === "open") throw error;
      }
    }
    if (session.status !== "complete") return { state: "closed" as const };
    if (session.payment_status !== "paid") return { state: "pending" as const };
    return { state: "paid" as const, amount: fromStripeAmount(session.amount_total ?? 0) };
  }

  async parseWebhook(rawBody: string, signature: string | null): Promise<PaymentEvent> {
    let event: Stripe.Event;
    try {
      if (!signature) throw new Error("Missing Stripe-Signature header");
      event = this.stripe.webhooks.constructEvent(rawBody, signature, this.settings.webhookSecret);
    } catch (error) {
      throw new InvalidWebhook((error as Error).message);
    }
    if (event.type !== "charge.refunded") return toPaymentEvent(event);
    const paymentIntent = idOf(event.data.object.payment_intent);
    const sessions = paymentIntent
      ? await this.stripe.checkout.sessions.list({ payment_intent: paymentIntent, limit: 1 })
      : null;
    return toRefundEvent(event, sessions?.data[0]?.id ?? null);
  }
}

/** The app's payment provider, configured from STRIPE_* variables on first use. */
export function getPaymentProvider(): PaymentProvider {
  const configured = configuredPaymentProvider();
  if (!configured) {
    throw new Error(
      "Card payments need STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET (local mode starts a fake Stripe instead)",
    );
  }
  return configured;
}

/** The payment provider, or null while no STRIPE_* variables are set. */
export const configuredPaymentProvider: () => PaymentProvider | null = fromEnv((env) => paymentProviderFor(env));

/** A provider for these settings (the server passes its own to the jobs), or null without keys. */
export function paymentProviderFor(env: Pick<Env, "STRIPE_SECRET_KEY" | "STRIPE_WEBHOOK_SECRET" | "STRIPE_API_URL">) {
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return null;
  return new StripePaymentProvider({
    secretKey: env.STRIPE_SECRET_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    apiUrl: env.STRIPE_API_URL,
  });
}
