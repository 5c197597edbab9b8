import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromMinor, som } from "~/utils/money";
import { startFakeStripe, type FakeStripe } from "../../../server/fakes/stripe/server";
import type { CheckoutRequest } from "./provider";
import { StripePaymentProvider } from "./stripe-provider.server";

// The fake against the real SDK: if the SDK accepts the fake's answers and the provider reads its
// signed events, the app's Stripe code is exercised end to end without the network.

let fake: FakeStripe;
let receiver: http.Server;
let provider: StripePaymentProvider;
let sdk: Stripe;
const received: { body: string; signature: string | null }[] = [];
let answers: number[] = []; // statuses the webhook endpoint gives next; 200 once empty

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ body, signature: req.headers["stripe-signature"] as string });
      res.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/stripe`;
  fake = await startFakeStripe({ webhookUrl, retryDelayMs: 20 });
  const api = new URL(fake.url);
  provider = new StripePaymentProvider({
    secretKey: fake.secretKey,
    webhookSecret: fake.webhookSecret,
    apiUrl: fake.url,
  });
  sdk = new Stripe(fake.secretKey, { host: api.hostname, port: api.port, protocol: "http", maxNetworkRetries: 0 });
});
afterAll(async () => {
  await fake.stop();
  receiver.close();
});
beforeEach(() => {
  received.length = 0;
  answers = [];
});

let orders = 0;
const checkout = (overrides: Partial<CheckoutRequest> = {}): CheckoutRequest => ({
  orderId: `ord_${++orders}`,
  orderNumber: `HM-${orders}`,
  customerEmail: "buyer@example.uz",
  locale: "ru",
  lines: [
    { name: "Suzani", unitAmount: som(250_000), quantity: 2 },
    { name: "Doppi", unitAmount: fromMinor(4_550), quantity: 1 },
  ],
  successUrl: "http://app.test/orders/paid?session={CHECKOUT_SESSION_ID}",
  cancelUrl: "http://app.test/cart",
  expiresAt: new Date(Date.now() + 60 * 60 * 1000),
  ...overrides,
});
const events = () => Promise.all(received.map(({ body, signature }) => provider.parseWebhook(body, signature)));
const pay = (url: string, card = "4242 4242 4242 4242") =>
  fetch(url, { method: "POST", body: new URLSearchParams({ action: "pay", card }), redirect: "manual" });

describe("fake Stripe through the SDK", () => {
  it("creates and retrieves an open session in Stripe's shape", async () => {
    const { providerRef, url } = await provider.createCheckout(checkout());
    expect(providerRef).toMatch(/^cs_test_/);
    expect(url).toBe(`${fake.url}/pay/${providerRef}`);
    const session = await sdk.checkout.sessions.retrieve(providerRef);
    expect(session).toMatchObject({
      status: "open",
      payment_status: "unpaid",
      mode: "payment",
      currency: "uzs",
      amount_total: 50_004_550,
      client_reference_id: `ord_${orders}`,
      metadata: { orderId: `ord_${orders}` },
      customer_email: "buyer@example.uz",
      locale: "ru",
    });
  });

  it("returns the same session for the same order (idempotency key)", async () => {
    const request = checkout();
    const first = await provider.createCheckout(request);
    expect(await provider.createCheckout(request)).toEqual(first);
    expect(fake.state.sessions.size).toBe(orders); // one session per order, none extra
  });

  it("rejects missing parameters and a wrong key the way Stripe does", async () => {
    await expect(sdk.checkout.sessions.create({ mode: "payment", line_items: [] })).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
    });
    const stranger = new Stripe("sk_test_wrong", { host: "127.0.0.1", port: new URL(fake.url).port, protocol: "http" });
    await expect(stranger.checkout.sessions.retrieve("cs_test_x")).rejects.toMatchObject({
      type: "StripeAuthenticationError",
    });
    await expect(sdk.checkout.sessions.retrieve("cs_test_missing")).rejects.toMatchObject({ statusCode: 404 });
  });

  it("pays on the hosted page, signs checkout.session.completed and returns to success_url", async () => {
    const { providerRef, url } = await provider.createCheckout(checkout());
    expect(await (await fetch(url)).text()).toContain('value="4242 4242 4242 4242"');
    const response = await pay(url);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`http://app.test/orders/paid?session=${providerRef}`);
    expect(await events()).toEqual([
      expect.objectContaining({ type: "payment.succeeded", providerRef, amount: fromMinor(50_004_550) }),
    ]);
    expect((await sdk.checkout.sessions.retrieve(providerRef)).payment_intent).toMatch(/^pi_/);
  });

  it("declines Stripe's decline test card without completing the session", async () => {
    const { providerRef, url } = await provider.createCheckout(checkout());
    expect((await pay(url, "4000 0000 0000 0002")).status).toBe(402);
    expect((await sdk.checkout.sessions.retrieve(providerRef)).status).toBe("open");
  });

  it("refunds part of a payment and reports charge.refunded", async () => {
    const { providerRef, url } = await provider.createCheckout(checkout());
    await pay(url);
    received.length = 0;
    const { refundRef } = await provider.refund({ providerRef, amount: som(1_000), reason: "damaged" });
    expect(refundRef).toMatch(/^re_/);
    const total = (paid: number) => ({
      id: expect.stringMatching(/^evt_/),
      type: "payment.refunded",
      providerRef,
      refundRef: expect.stringMatching(new RegExp(`^ch_\\w+:${paid}$`)),
      totalRefunded: som(paid / 100),
    });
    expect(await events()).toEqual([total(100_000)]);
    await provider.refund({ providerRef, amount: som(500) });
    expect(await events()).toEqual([total(100_000), total(150_000)]);
    await expect(provider.refund({ providerRef, amount: som(10_000_000) })).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
    });
  });

  it("expires a session on request, and on its own once past expires_at", async () => {
    const first = await provider.createCheckout(checkout());
    expect(await sdk.checkout.sessions.expire(first.providerRef)).toMatchObject({ status: "expired", url: null });
    const second = await provider.createCheckout(checkout());
    fake.state.advanceTime(2 * 60 * 60);
    expect((await sdk.checkout.sessions.retrieve(second.providerRef)).status).toBe("expired");
    fake.state.advanceTime(-2 * 60 * 60);
    expect((await events()).map((e) => [e.type, "providerRef" in e && e.providerRef])).toEqual([
      ["payment.expired", first.providerRef],
      ["payment.expired", second.providerRef],
    ]);
  });

  it("retries a failed delivery, and redelivers on request in any order", async () => {
    answers = [500, 503];
    const { url } = await provider.createCheckout(checkout());
    await pay(url);
    await fake.settled();
    const eventId = fake.events.at(-1)!.id;
    expect(fake.deliveries.filter((d) => d.eventId === eventId).map((d) => d.status)).toEqual([500, 503, 200]);
    received.length = 0;
    const earlier = fake.events.at(-2)!.id;
    await fake.redeliver([eventId, earlier], 2);
    expect((await events()).map((e) => e.id)).toEqual([eventId, eventId, earlier, earlier]);
  });
});
