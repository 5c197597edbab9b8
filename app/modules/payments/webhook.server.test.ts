import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import type { PaymentEvent } from "./provider";
import { StripePaymentProvider } from "./stripe-provider.server";
import { handleStripeWebhook, type ApplyPaymentEvent } from "./webhook.server";

const webhookSecret = "whsec_webhook_test";
const provider = new StripePaymentProvider({ secretKey: "sk_test_unused", webhookSecret });
let database: TestDatabase;
let applied: PaymentEvent[];
const apply = vi.fn<ApplyPaymentEvent>(async (_tx, event) => void applied.push(event));

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());
beforeEach(async () => {
  applied = [];
  apply.mockClear();
  await database.db.processedWebhookEvent.deleteMany();
});

function delivery(eventId: string, type = "checkout.session.expired", secret = webhookSecret) {
  const payload = JSON.stringify({
    id: eventId,
    object: "event",
    type,
    data: { object: { id: `cs_${eventId}`, object: "checkout.session", metadata: { orderId: "ord_1" } } },
  });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret });
  return new Request("http://app.test/webhooks/stripe", {
    method: "POST",
    body: payload,
    headers: { "Stripe-Signature": signature },
  });
}
const handle = (request: Request, deps = {}) =>
  handleStripeWebhook(request, { db: database.db, provider, apply, ...deps });
const rows = () =>
  database.db.processedWebhookEvent.findMany({
    orderBy: { id: "asc" },
    select: { id: true, provider: true, type: true },
  });

describe("handleStripeWebhook", () => {
  it("applies an event delivered five times once", async () => {
    for (let i = 0; i < 5; i++) expect((await handle(delivery("evt_a"))).status).toBe(200);
    expect(apply).toHaveBeenCalledTimes(1);
    expect(await rows()).toEqual([{ id: "evt_a", provider: "STRIPE", type: "payment.expired" }]);
  });

  it("applies each of several events once, whatever their order", async () => {
    for (const id of ["evt_c", "evt_b", "evt_c", "evt_a", "evt_b", "evt_a"]) await handle(delivery(id));
    expect(applied.map((e) => e.id)).toEqual(["evt_c", "evt_b", "evt_a"]);
    expect((await rows()).map((r) => r.id)).toEqual(["evt_a", "evt_b", "evt_c"]);
  });

  it("applies a concurrent double delivery once", async () => {
    const slowApply = vi.fn<ApplyPaymentEvent>(async (tx, event) => {
      await tx.$executeRaw`select pg_sleep(0.2)`; // holds the transaction open while the twin arrives
      applied.push(event);
    });
    const responses = await Promise.all([
      handle(delivery("evt_twin"), { apply: slowApply }),
      handle(delivery("evt_twin"), { apply: slowApply }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(slowApply).toHaveBeenCalledTimes(1);
    expect(await rows()).toHaveLength(1);
  });

  it("rejects a bad signature with 400 and records nothing", async () => {
    expect((await handle(delivery("evt_forged", undefined, "whsec_someone_else"))).status).toBe(400);
    const unsigned = new Request("http://app.test/webhooks/stripe", { method: "POST", body: "{}" });
    expect((await handle(unsigned)).status).toBe(400);
    expect(apply).not.toHaveBeenCalled();
    expect(await rows()).toEqual([]);
  });

  it("rolls the record back when applying fails, so Stripe's retry applies it", async () => {
    const failing = vi.fn<ApplyPaymentEvent>().mockRejectedValueOnce(new Error("database hiccup"));
    await expect(handle(delivery("evt_retry"), { apply: failing })).rejects.toThrow("database hiccup");
    expect(await rows()).toEqual([]);
    await handle(delivery("evt_retry"));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it("answers an error (Stripe retries) when the provider cannot be asked which checkout a refund belongs to", async () => {
    const refund = JSON.stringify({
      id: "evt_refund",
      object: "event",
      type: "charge.refunded",
      data: { object: { id: "ch_1", object: "charge", payment_intent: "pi_1", amount_refunded: 100 } },
    });
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: refund, secret: webhookSecret });
    const request = new Request("http://app.test/webhooks/stripe", {
      method: "POST",
      body: refund,
      headers: { "Stripe-Signature": signature },
    });
    // The secret key is not valid anywhere: the lookup of the payment intent's checkout fails.
    const offline = new StripePaymentProvider({
      secretKey: "sk_test_unused",
      webhookSecret,
      apiUrl: "http://127.0.0.1:9",
    });
    await expect(handle(request, { provider: offline })).rejects.toThrow();
    expect(apply).not.toHaveBeenCalled();
    expect(await rows()).toEqual([]);
  });

  it("acknowledges event types it does not act on without applying them", async () => {
    expect((await handle(delivery("evt_other", "customer.created"))).status).toBe(200);
    expect(apply).not.toHaveBeenCalled();
  });
});
