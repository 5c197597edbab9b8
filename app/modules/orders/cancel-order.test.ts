import { beforeAll, describe, expect, it } from "vitest";
import { startCardPayment } from "~/modules/checkout/card-payment.server";
import { placeOrder } from "~/modules/checkout/place-order.server";
import { fakeProvider, makeArtisan, makeListing, orderInput, withShopDatabase } from "~/modules/checkout/test-fixtures";
import type { PaymentMethod } from "~/generated/prisma/client";
import { cancelOrderBeforeAcceptance } from "./cancel-order.server";
import { accountOwner } from "./owner";
import { applyPaymentEvent } from "./payment-events.server";
import { getOrderForBuyer, listOrdersForBuyer, paymentsOwingRefund } from "./queries.server";

const test = withShopDatabase();
let buyerId: string;
beforeAll(async () => {
  buyerId = (await test.db.user.create({ data: { name: "Malika", email: "malika@example.uz", passwordHash: "x" } })).id;
});

/** A placed order of the buyer: cash, or card paid through the events. */
async function placedOrder(paymentMethod: PaymentMethod) {
  const artisan = await makeArtisan(test.db, test.shop, { verified: true });
  const listing = await makeListing(test.db, test.shop, artisan.id, { stock: 4, priceMinor: 3_000_000n });
  const placed = await placeOrder(
    test.db,
    orderInput(test.shop, [{ listingId: listing.id, quantity: 2 }], { buyerId, paymentMethod }),
  );
  if (!placed.ok) throw new Error(placed.reason);
  if (paymentMethod === "CARD") {
    await startCardPayment(test.db, fakeProvider().provider, placed.orderId, {
      successUrl: "http://x/ok",
      cancelUrl: "http://x/no",
    });
    const { providerRef } = await test.db.payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    await test.db.$transaction((tx) =>
      applyPaymentEvent(tx, {
        id: `evt_${placed.number}`,
        type: "payment.succeeded",
        providerRef: providerRef!,
        orderId: placed.orderId,
        amount: { minor: 6_000_000 },
      }),
    );
  }
  return { ...placed, listing, artisan };
}

const stockOf = async (id: string) => (await test.db.listing.findUniqueOrThrow({ where: { id } })).stock;

describe("cancelOrderBeforeAcceptance", () => {
  it("cancels a cash order, returns the stock and tells the artisan", async () => {
    const { orderId, listing, artisan } = await placedOrder("CASH_ON_DELIVERY");
    const { provider, calls } = fakeProvider();
    expect(await cancelOrderBeforeAcceptance(test.db, provider, { orderId, owner: accountOwner(buyerId) })).toEqual({
      ok: true,
      refund: "none",
    });
    expect(calls.refunds).toHaveLength(0);
    const order = await getOrderForBuyer(test.db, accountOwner(buyerId), orderId, "uz");
    expect(order).toMatchObject({ status: "CANCELLED", payments: [expect.objectContaining({ status: "EXPIRED" })] });
    expect(order!.subOrders[0]!.timeline.map((e) => e.status)).toEqual(["PLACED", "CANCELLED"]);
    expect(await stockOf(listing.id)).toBe(4);
    expect(
      await test.db.notification.count({ where: { userId: artisan.userId, kind: "order.cancelledByBuyer" } }),
    ).toBe(1);
    expect(await cancelOrderBeforeAcceptance(test.db, provider, { orderId, owner: accountOwner(buyerId) })).toEqual({
      ok: false,
      reason: "notCancellable",
    });
  });

  it("refunds a card order in full and records the refund, which the later webhook does not repeat", async () => {
    const { orderId, listing } = await placedOrder("CARD");
    const { provider, calls } = fakeProvider();
    expect(await cancelOrderBeforeAcceptance(test.db, provider, { orderId, owner: accountOwner(buyerId) })).toEqual({
      ok: true,
      refund: "recorded",
    });
    expect(calls.refunds).toEqual([expect.objectContaining({ amount: { minor: 6_000_000 } })]);
    const payment = await test.db.payment.findFirstOrThrow({ where: { orderId }, include: { refunds: true } });
    expect(payment.status).toBe("REFUNDED");
    expect(payment.refunds).toHaveLength(1);
    const webhook = {
      id: "evt_refund",
      type: "payment.refunded" as const,
      providerRef: payment.providerRef!,
      refundRef: "ch_1:6000000",
      totalRefunded: { minor: 6_000_000 },
    };
    expect(await test.db.$transaction((tx) => applyPaymentEvent(tx, webhook))).toBe("unchanged");
    const order = await getOrderForBuyer(test.db, accountOwner(buyerId), orderId, "uz");
    expect(order!.subOrders[0]!.status).toBe("REFUNDED");
    expect(await stockOf(listing.id)).toBe(4);
  });

  it("keeps the order cancelled and the refund owed when the provider refuses", async () => {
    const { orderId, listing } = await placedOrder("CARD");
    const result = await cancelOrderBeforeAcceptance(test.db, fakeProvider({ refund: true }).provider, {
      orderId,
      owner: accountOwner(buyerId),
    });
    expect(result).toEqual({ ok: true, refund: "owed" });
    expect((await paymentsOwingRefund(test.db)).map((p) => p.order.id)).toEqual([orderId]);
    expect(await stockOf(listing.id)).toBe(4);
  });

  it("refuses once an artisan has accepted, and for another buyer's order", async () => {
    const { orderId, listing } = await placedOrder("CASH_ON_DELIVERY");
    const { provider } = fakeProvider();
    expect(
      await cancelOrderBeforeAcceptance(test.db, provider, { orderId, owner: accountOwner("someone-else") }),
    ).toEqual({ ok: false, reason: "notFound" });
    await test.db.subOrder.updateMany({ where: { orderId }, data: { status: "ACCEPTED" } });
    expect(await cancelOrderBeforeAcceptance(test.db, provider, { orderId, owner: accountOwner(buyerId) })).toEqual({
      ok: false,
      reason: "notCancellable",
    });
    expect((await test.db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PLACED");
    expect(await stockOf(listing.id)).toBe(2);
  });
});

describe("orders read API", () => {
  it("lists only the buyer's orders, newest first, with money as Money", async () => {
    const list = await listOrdersForBuyer(test.db, accountOwner(buyerId), "uz");
    expect(list.length).toBe(4);
    expect(list[0]!.createdAt >= list[1]!.createdAt).toBe(true);
    expect(list[0]).toMatchObject({ total: { minor: 6_000_000 }, itemCount: 1, artisans: [expect.any(String)] });
    expect(await listOrdersForBuyer(test.db, accountOwner("someone-else"), "uz")).toEqual([]);
    expect(await getOrderForBuyer(test.db, accountOwner("someone-else"), list[0]!.id, "uz")).toBeNull();
    const detail = await getOrderForBuyer(test.db, accountOwner(buyerId), list[0]!.id, "uz");
    expect(detail!.subOrders[0]!.items[0]).toMatchObject({
      quantity: 2,
      unitPrice: { minor: 3_000_000 },
      slug: expect.any(String),
    });
    expect(JSON.parse(JSON.stringify(detail)).total).toEqual({ minor: 6_000_000 }); // survives single fetch
  });
});
