import { describe, expect, it } from "vitest";
import { fakeProvider, withShopDatabase } from "~/modules/checkout/test-fixtures";
import { cardOrder, stockOf } from "~/modules/orders/test-orders";
import type { PaymentProvider } from "~/modules/payments/provider";
import { releaseExpiredReservations } from "./release-expired.server";

const test = withShopDatabase();
const later = () => new Date(Date.now() + 16 * 60_000);

/** The test provider, answering closeCheckout as told and remembering what it was asked to close. */
function closing(answer: () => ReturnType<PaymentProvider["closeCheckout"]>) {
  const closed: string[] = [];
  const provider: PaymentProvider = {
    ...fakeProvider().provider,
    closeCheckout: (ref) => (closed.push(ref), answer()),
  };
  return { provider, closed };
}
const orderState = async (orderId: string) => {
  const order = await test.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { payments: true } });
  return [order.status, order.payments[0]!.status];
};

describe("releaseExpiredReservations with the payment provider", () => {
  it("closes the hosted page first, then cancels the order and returns the stock", async () => {
    const { orderId, providerRef, listings } = await cardOrder(test);
    const { provider, closed } = closing(async () => ({ state: "closed" }));
    expect(await releaseExpiredReservations(test.db, provider, later())).toBe(1);
    expect(closed).toEqual([providerRef]);
    expect(await orderState(orderId)).toEqual(["CANCELLED", "EXPIRED"]);
    expect(await stockOf(test, listings[0]!.id)).toBe(3);
  });

  it("places the order instead when the buyer paid just before the page closed", async () => {
    const { orderId, listings } = await cardOrder(test);
    const { provider } = closing(async () => ({ state: "paid", amount: { minor: 4_000_000 } }));
    expect(await releaseExpiredReservations(test.db, provider, later())).toBe(0);
    expect(await orderState(orderId)).toEqual(["PLACED", "SUCCEEDED"]);
    expect(await stockOf(test, listings[0]!.id)).toBe(2);
  });

  it("leaves a payment still settling to the provider's own event", async () => {
    const { orderId } = await cardOrder(test);
    const { provider } = closing(async () => ({ state: "pending" }));
    expect(await releaseExpiredReservations(test.db, provider, later())).toBe(0);
    expect(await orderState(orderId)).toEqual(["AWAITING_PAYMENT", "PENDING"]);
    await releaseExpiredReservations(test.db, closing(async () => ({ state: "closed" })).provider, later());
  });

  it("still ends the hold when the provider cannot be reached", async () => {
    const { orderId } = await cardOrder(test);
    const { provider } = closing(() => Promise.reject(new Error("unreachable")));
    expect(await releaseExpiredReservations(test.db, provider, later())).toBe(1);
    expect(await orderState(orderId)).toEqual(["CANCELLED", "EXPIRED"]);
  });
});
