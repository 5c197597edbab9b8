import { describe, expect, it } from "vitest";
import { fakeProvider, withShopDatabase } from "~/modules/checkout/test-fixtures";
import { listOwedRefunds, refundOwedPayment } from "./owed-refunds.server";
import { applyEvent, cardOrder } from "./test-orders";

const test = withShopDatabase();

/** A card payment that arrived after the hold expired: the order stays cancelled, the money is owed. */
async function latePayment() {
  const order = await cardOrder(test);
  await applyEvent(test, order.event("payment.expired"));
  await applyEvent(test, order.event("payment.succeeded"));
  const payment = await test.db.payment.findFirstOrThrow({ where: { orderId: order.orderId } });
  const admin = await test.db.user.create({
    data: { name: "Admin", email: `admin-${payment.id}@example.uz`, passwordHash: "x", roles: ["ADMIN"] },
  });
  return { ...order, paymentId: payment.id, actorId: admin.id };
}

describe("owed refunds", () => {
  it("lists a late payment, refunds it once through the provider and records it", async () => {
    const { paymentId, actorId, providerRef } = await latePayment();
    expect(await listOwedRefunds(test.db)).toContainEqual(
      expect.objectContaining({ paymentId, owed: { minor: 4_000_000 } }),
    );
    const { provider, calls } = fakeProvider();
    expect(await refundOwedPayment(test.db, provider, { paymentId, actorId })).toEqual({ ok: true });
    expect(calls.refunds).toEqual([{ providerRef, amount: { minor: 4_000_000 }, reason: "requested_by_customer" }]);
    const payment = await test.db.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { refunds: true } });
    expect(payment.status).toBe("REFUNDED");
    expect(payment.refunds.map((r) => r.amountMinor)).toEqual([4_000_000n]);
    expect(
      await test.db.auditLog.count({ where: { action: "payment.refunded_by_staff", entityId: paymentId, actorId } }),
    ).toBe(1);
    expect((await listOwedRefunds(test.db)).map((p) => p.paymentId)).not.toContain(paymentId);
    expect(await refundOwedPayment(test.db, provider, { paymentId, actorId })).toEqual({
      ok: false,
      reason: "notOwed",
    });
    expect(calls.refunds).toHaveLength(1);
  });

  it("changes nothing when the provider refuses, so it can be tried again", async () => {
    const { paymentId, actorId } = await latePayment();
    const refused = await refundOwedPayment(test.db, fakeProvider({ refund: true }).provider, { paymentId, actorId });
    expect(refused).toEqual({ ok: false, reason: "providerFailed" });
    expect(await test.db.refund.count({ where: { paymentId } })).toBe(0);
    expect((await listOwedRefunds(test.db)).map((p) => p.paymentId)).toContain(paymentId);
  });

  it("refuses a payment that is not owed", async () => {
    const { orderId, event } = await cardOrder(test);
    await applyEvent(test, event("payment.succeeded"));
    const payment = await test.db.payment.findFirstOrThrow({ where: { orderId } });
    expect(
      await refundOwedPayment(test.db, fakeProvider().provider, { paymentId: payment.id, actorId: "nobody" }),
    ).toEqual({ ok: false, reason: "notOwed" });
  });
});
