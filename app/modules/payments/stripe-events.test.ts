import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { fromMinor } from "~/utils/money";
import { InvalidWebhook } from "./provider";
import { toRefundEvent } from "./stripe-events";
import { StripePaymentProvider } from "./stripe-provider.server";

const webhookSecret = "whsec_test_secret";
const provider = new StripePaymentProvider({ secretKey: "sk_test_unused", webhookSecret });

function signed(type: string, object: Record<string, unknown>, secret = webhookSecret) {
  const payload = JSON.stringify({ id: "evt_1", object: "event", type, data: { object } });
  return { payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret }) };
}
const parse = (type: string, object: Record<string, unknown>) => {
  const { payload, signature } = signed(type, object);
  return provider.parseWebhook(payload, signature);
};
const session = {
  id: "cs_test_1",
  object: "checkout.session",
  metadata: { orderId: "ord_1" },
  client_reference_id: "ord_1",
  amount_total: 12_500_000,
};

describe("StripePaymentProvider.parseWebhook", async () => {
  it("maps a paid checkout to payment.succeeded with the amount in tiyin", async () => {
    expect(await parse("checkout.session.completed", { ...session, payment_status: "paid" })).toEqual({
      id: "evt_1",
      type: "payment.succeeded",
      providerRef: "cs_test_1",
      orderId: "ord_1",
      amount: fromMinor(12_500_000),
    });
  });

  it("ignores a completed checkout still waiting for an asynchronous payment", async () => {
    expect(await parse("checkout.session.completed", { ...session, payment_status: "unpaid" })).toEqual({
      id: "evt_1",
      type: "ignored",
      providerType: "checkout.session.completed",
    });
  });

  it("maps expiry and asynchronous failure", async () => {
    expect(await parse("checkout.session.expired", session)).toMatchObject({
      type: "payment.expired",
      providerRef: "cs_test_1",
      orderId: "ord_1",
    });
    expect(await parse("checkout.session.async_payment_failed", session)).toMatchObject({
      type: "payment.failed",
      orderId: "ord_1",
    });
  });

  it("maps charge.refunded to the charge's running total, tied to the checkout it paid for", () => {
    const charge = { id: "ch_1", object: "charge", payment_intent: "pi_1", amount_refunded: 500 };
    const event = {
      id: "evt_1",
      type: "charge.refunded",
      data: { object: charge },
    } as unknown as Stripe.ChargeRefundedEvent;
    expect(toRefundEvent(event, "cs_test_1")).toEqual({
      id: "evt_1",
      type: "payment.refunded",
      providerRef: "cs_test_1",
      refundRef: "ch_1:500",
      totalRefunded: fromMinor(500),
    });
    expect(toRefundEvent(event, null)).toEqual({ id: "evt_1", type: "ignored", providerType: "charge.refunded" });
  });

  it("ignores checkouts that belong to no order (made outside the app)", async () => {
    expect(
      await parse("checkout.session.expired", { id: "cs_test_2", object: "checkout.session", metadata: {} }),
    ).toMatchObject({ type: "ignored" });
  });

  it("ignores other event types", async () => {
    expect(await parse("customer.created", { id: "cus_1" })).toEqual({
      id: "evt_1",
      type: "ignored",
      providerType: "customer.created",
    });
  });

  it("rejects a wrong secret, a tampered body and a missing signature", async () => {
    const wrong = signed("checkout.session.expired", session, "whsec_other");
    await expect(provider.parseWebhook(wrong.payload, wrong.signature)).rejects.toThrow(InvalidWebhook);
    const good = signed("checkout.session.expired", session);
    await expect(provider.parseWebhook(good.payload.replace("ord_1", "ord_2"), good.signature)).rejects.toThrow(
      InvalidWebhook,
    );
    await expect(provider.parseWebhook(good.payload, null)).rejects.toThrow(InvalidWebhook);
  });
});
