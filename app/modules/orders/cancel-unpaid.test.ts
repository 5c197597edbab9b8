import { describe, expect, it } from "vitest";
import { fakeProvider, withShopDatabase } from "~/modules/checkout/test-fixtures";
import { cancelOrderBeforeAcceptance } from "./cancel-order.server";
import { cardOrder, stockOf } from "./test-orders";

const test = withShopDatabase();
const guest = (orderId: string) => ({ buyerId: null, guestOrderIds: [orderId] });
const statuses = async (orderId: string) => {
  const order = await test.db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { payments: { include: { refunds: true } } },
  });
  return { order: order.status, payment: order.payments[0]!.status, refunds: order.payments[0]!.refunds.length };
};

// A buyer leaves the payment page and cancels: the page must stop taking money first.
describe("cancelling an order still awaiting card payment", () => {
  it("closes the payment page, then ends the order and returns the stock", async () => {
    const { orderId, providerRef, listings } = await cardOrder(test);
    const { provider, calls } = fakeProvider();
    expect(await cancelOrderBeforeAcceptance(test.db, provider, { orderId, owner: guest(orderId) })).toEqual({
      ok: true,
      refund: "none",
    });
    expect(calls.closed).toEqual([providerRef]);
    expect(await statuses(orderId)).toEqual({ order: "CANCELLED", payment: "EXPIRED", refunds: 0 });
    expect(await stockOf(test, listings[0]!.id)).toBe(3);
  });

  it("refunds in full when the buyer paid just before the page closed", async () => {
    const { orderId, listings } = await cardOrder(test);
    const { provider, calls } = fakeProvider({}, { minor: 4_000_000 });
    expect(await cancelOrderBeforeAcceptance(test.db, provider, { orderId, owner: guest(orderId) })).toEqual({
      ok: true,
      refund: "recorded",
    });
    expect(calls.refunds).toEqual([expect.objectContaining({ amount: { minor: 4_000_000 } })]);
    expect(await statuses(orderId)).toEqual({ order: "CANCELLED", payment: "REFUNDED", refunds: 1 });
    expect(await stockOf(test, listings[0]!.id)).toBe(3);
  });
});
