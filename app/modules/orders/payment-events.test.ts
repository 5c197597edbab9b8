import { describe, expect, it } from "vitest";
import { withShopDatabase } from "~/modules/checkout/test-fixtures";
import { releaseExpiredReservations } from "~/modules/jobs/release-expired.server";
import type { PaymentEvent } from "~/modules/payments/provider";
import { paymentsOwingRefund } from "./queries.server";
import { applyEvent, cardOrder as makeCardOrder, stockOf as stockOfListing } from "./test-orders";

const test = withShopDatabase();

const cardOrder = (stock?: number) => makeCardOrder(test, stock);
const apply = (event: PaymentEvent, now?: Date) => applyEvent(test, event, now);
const state = (orderId: string) =>
  test.db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { subOrders: { include: { events: true } }, payments: { include: { refunds: true } }, reservations: true },
  });
/** Checks order, payment and both sub-orders' statuses at once; returns the order for more checks. */
async function expectStatuses(orderId: string, order: string, payment: string, subOrder: string) {
  const row = await state(orderId);
  expect([row.status, row.payments[0]!.status, ...row.subOrders.map((s) => s.status)]).toEqual([
    order,
    payment,
    subOrder,
    subOrder,
  ]);
  return row;
}
const stockOf = (id: string) => stockOfListing(test, id);

describe("applyPaymentEvent", () => {
  it("places the order on success, once, however often the event arrives", async () => {
    const { orderId, artisans, event } = await cardOrder();
    expect(await apply(event("payment.succeeded"))).toBe("applied");
    expect(await apply(event("payment.succeeded"))).toBe("unchanged");
    const order = await expectStatuses(orderId, "PLACED", "SUCCEEDED", "PLACED");
    expect(order.subOrders.every((s) => s.events.filter((e) => e.status === "PLACED").length === 1)).toBe(true);
    expect(order.reservations.every((r) => r.consumedAt && !r.releasedAt)).toBe(true);
    expect(
      await test.db.notification.count({
        where: { userId: { in: artisans.map((a) => a.userId) }, kind: "order.received" },
      }),
    ).toBe(2);
    expect(
      await test.db.outboxEmail.count({ where: { to: "malika@example.uz", subject: { contains: order.number } } }),
    ).toBe(1);
    // An expiry arriving after the success changes nothing.
    expect(await apply(event("payment.expired"))).toBe("unchanged");
    expect((await state(orderId)).status).toBe("PLACED");
  });

  it("cancels an unpaid order on expiry and returns its stock; success arriving later is recorded as a refund owed", async () => {
    const { orderId, listings, event } = await cardOrder(3);
    expect(await stockOf(listings[1]!.id)).toBe(1);
    expect(await apply(event("payment.expired"))).toBe("applied");
    expect(await apply(event("payment.expired"))).toBe("unchanged");
    await expectStatuses(orderId, "CANCELLED", "EXPIRED", "CANCELLED");
    expect(await stockOf(listings[0]!.id)).toBe(3);
    expect(await stockOf(listings[1]!.id)).toBe(3);

    expect(await apply(event("payment.succeeded"))).toBe("refund-owed");
    expect(await apply(event("payment.succeeded"))).toBe("unchanged");
    // Not revived: its stock may be sold to someone else already.
    const order = await expectStatuses(orderId, "CANCELLED", "SUCCEEDED", "CANCELLED");
    expect(await stockOf(listings[1]!.id)).toBe(3);
    expect((await paymentsOwingRefund(test.db)).map((p) => p.order.id)).toContain(orderId);
    expect(
      await test.db.auditLog.count({ where: { action: "payment.refund_owed", entityId: order.payments[0]!.id } }),
    ).toBe(1);
  });

  it("cancels on a failed payment", async () => {
    const { orderId, event } = await cardOrder();
    expect(await apply(event("payment.failed"))).toBe("applied");
    await expectStatuses(orderId, "CANCELLED", "FAILED", "CANCELLED");
  });

  it("records a refund once, returns the stock, and tells unknown payments apart", async () => {
    const { orderId, listings, event } = await cardOrder(3);
    await apply(event("payment.succeeded"));
    expect(await stockOf(listings[0]!.id)).toBe(2);
    const refund = event("payment.refunded", { refundRef: "re_full_1" });
    expect(await apply(refund)).toBe("applied");
    expect(await apply({ ...refund, id: "evt_again" })).toBe("unchanged");
    const order = await state(orderId);
    expect(order.payments[0]).toMatchObject({
      status: "REFUNDED",
      refunds: [expect.objectContaining({ providerRef: "re_full_1", amountMinor: 4_000_000n })],
    });
    expect(order.subOrders.map((s) => s.status)).toEqual(["REFUNDED", "REFUNDED"]);
    expect(order.status).toBe("CANCELLED");
    expect(await stockOf(listings[0]!.id)).toBe(3);
    expect(await stockOf(listings[1]!.id)).toBe(3);
    expect(await apply({ ...refund, providerRef: "cs_nobody", refundRef: "re_x" })).toBe("unknown-payment");
    expect(await apply({ id: "evt_ignored", type: "ignored", providerType: "charge.updated" })).toBe("ignored");
  });

  it("marks a partial refund and returns only the stock of the part it covers", async () => {
    const { orderId, listings, artisans, event } = await cardOrder(3);
    await apply(event("payment.succeeded"));
    const declined = (await state(orderId)).subOrders.find((s) => s.artisanId === artisans[0]!.id)!;
    await test.db.subOrder.update({ where: { id: declined.id }, data: { status: "DECLINED" } }); // artisan A declined
    expect(
      await apply(event("payment.refunded", { refundRef: "re_part_1", totalRefunded: { minor: 2_000_000 } })),
    ).toBe("applied");
    const order = await state(orderId);
    expect(order.payments[0]!.status).toBe("PARTIALLY_REFUNDED");
    expect(order.status).toBe("PLACED");
    expect(await stockOf(listings[0]!.id)).toBe(3);
    expect(await stockOf(listings[1]!.id)).toBe(1);
  });
});

describe("releaseExpiredReservations", () => {
  it("ends unpaid orders past their hold, once, and agrees with a late expiry webhook", async () => {
    const { orderId, listings, event } = await cardOrder(3);
    expect(await releaseExpiredReservations(test.db, null, new Date())).toBe(0);
    const later = new Date(Date.now() + 16 * 60_000);
    expect(await releaseExpiredReservations(test.db, null, later)).toBeGreaterThanOrEqual(1);
    expect((await state(orderId)).status).toBe("CANCELLED");
    expect(await stockOf(listings[1]!.id)).toBe(3);
    expect(await releaseExpiredReservations(test.db, null, later)).toBe(0);
    expect(await apply(event("payment.expired"))).toBe("unchanged");
    expect(await stockOf(listings[1]!.id)).toBe(3);
  });

  it("never returns stock twice when the job and the webhook race", async () => {
    const { orderId, listings, event } = await cardOrder(3);
    const later = new Date(Date.now() + 16 * 60_000);
    await Promise.all([
      releaseExpiredReservations(test.db, null, later),
      apply(event("payment.expired")),
      apply(event("payment.failed")),
    ]);
    expect((await state(orderId)).status).toBe("CANCELLED");
    expect(await stockOf(listings[0]!.id)).toBe(3);
    expect(await stockOf(listings[1]!.id)).toBe(3);
    expect(await test.db.subOrderEvent.count({ where: { subOrder: { orderId }, status: "CANCELLED" } })).toBe(2);
  });
});
