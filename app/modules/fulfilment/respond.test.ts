import { describe, expect, it } from "vitest";
import { fakeProvider, withShopDatabase } from "~/modules/checkout/test-fixtures";
import { noticeLink } from "~/modules/notifications/inbox.server";
import { listOwedRefunds, refundOwedPayment } from "~/modules/orders/owed-refunds.server";
import { applyEvent, cardOrder, stockOf } from "~/modules/orders/test-orders";
import { studioPart } from "./queries.server";
import { acceptSubOrder, declineSubOrder } from "./respond.server";
import { actorOf, cashPart } from "./test-parts";

const test = withShopDatabase();
const outOfStock = (subOrderId: string) => ({ subOrderId, reason: "outOfStock", reasonText: "" });

/** A paid card order of two artisans: part a 20 000 soʻm, part b 2 × 10 000 soʻm. */
async function paidCardOrder() {
  const order = await cardOrder(test);
  await applyEvent(test, order.event("payment.succeeded"));
  const parts = await test.db.subOrder.findMany({ where: { orderId: order.orderId } });
  const partOf = (artisanId: string) => parts.find((p) => p.artisanId === artisanId)!.id;
  return { ...order, parts: order.artisans.map((a) => ({ subOrderId: partOf(a.id), actor: actorOf(a) })) };
}

describe("accept and decline", () => {
  it("accepts once, records who did it and tells the buyer", async () => {
    const { subOrderId, actor, orderId } = await cashPart(test);
    expect(await acceptSubOrder(test.db, actor, subOrderId)).toEqual({ ok: true });
    expect(await acceptSubOrder(test.db, actor, subOrderId)).toEqual({ ok: false, reason: "notPlaced" });
    const events = await test.db.subOrderEvent.findMany({ where: { subOrderId }, orderBy: { createdAt: "asc" } });
    expect(events.at(-1)).toMatchObject({ status: "ACCEPTED", actorId: actor.actorId });
    expect(
      await test.db.outboxEmail.count({
        where: { subject: { contains: (await test.db.order.findUniqueOrThrow({ where: { id: orderId } })).number } },
      }),
    ).toBeGreaterThan(0);
  });

  it("records both names when a helper accepts for the artisan, and links the artisan's notice to the part", async () => {
    const { subOrderId, actor } = await cashPart(test);
    const helper = await test.db.user.create({ data: { name: "Helper", passwordHash: "x", roles: ["HELPER"] } });
    const assisted = { ...actor, actorId: helper.id, onBehalfOf: actor.artisanUserId };
    expect(await acceptSubOrder(test.db, assisted, subOrderId)).toEqual({ ok: true });
    expect(await test.db.subOrderEvent.findFirstOrThrow({ where: { subOrderId, status: "ACCEPTED" } })).toMatchObject({
      actorId: helper.id,
      onBehalfOf: actor.artisanUserId,
    });
    expect(
      await test.db.auditLog.count({
        where: {
          action: "subOrder.accepted",
          entityId: subOrderId,
          actorId: helper.id,
          onBehalfOf: actor.artisanUserId,
        },
      }),
    ).toBe(1);
    expect(noticeLink("order.received", { orderId: "o1", subOrderId })?.to).toBe(`/studio/orders/${subOrderId}`);
  });

  it("declines a cash order's only part: reason kept, stock back, order cancelled, buyer told", async () => {
    const { subOrderId, actor, orderId, listing } = await cashPart(test);
    const noProvider = () => {
      throw new Error("a cash order needs no card provider");
    };
    const result = await declineSubOrder(test.db, noProvider, actor, {
      subOrderId,
      reason: "other",
      reasonText: "Ip tugadi",
    });
    expect(result).toEqual({ ok: true, refund: "none" });
    expect(await test.db.subOrder.findUniqueOrThrow({ where: { id: subOrderId } })).toMatchObject({
      status: "DECLINED",
      declineReason: "Ip tugadi",
    });
    expect(await stockOf(test, listing.id)).toBe(4);
    expect((await test.db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("CANCELLED");
    expect(await test.db.payment.findFirstOrThrow({ where: { orderId } })).toMatchObject({ status: "EXPIRED" });
    expect(await test.db.outboxEmail.count({ where: { text: { contains: "Ip tugadi" } } })).toBe(1);
  });

  it("refunds a declined card part through the provider and records it; the order goes on", async () => {
    const { orderId, parts, listings } = await paidCardOrder();
    const { provider, calls } = fakeProvider();
    expect(await declineSubOrder(test.db, () => provider, parts[0]!.actor, outOfStock(parts[0]!.subOrderId))).toEqual({
      ok: true,
      refund: "recorded",
    });
    expect(calls.refunds).toEqual([expect.objectContaining({ amount: { minor: 2_000_000 } })]);
    const payment = await test.db.payment.findFirstOrThrow({ where: { orderId }, include: { refunds: true } });
    expect(payment.status).toBe("PARTIALLY_REFUNDED");
    expect(payment.refunds.map((r) => r.amountMinor)).toEqual([2_000_000n]);
    expect(await stockOf(test, listings[0]!.id)).toBe(3);
    expect(await stockOf(test, listings[1]!.id)).toBe(1);
    expect((await test.db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PLACED");
    // The other part declined too: the rest is refunded and the order ends.
    expect(
      await declineSubOrder(test.db, () => provider, parts[1]!.actor, outOfStock(parts[1]!.subOrderId)),
    ).toMatchObject({ refund: "recorded" });
    expect(await test.db.payment.findFirstOrThrow({ where: { orderId } })).toMatchObject({ status: "REFUNDED" });
    expect((await test.db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("CANCELLED");
    expect(await test.db.refund.aggregate({ where: { paymentId: payment.id }, _sum: { amountMinor: true } })).toEqual({
      _sum: { amountMinor: 4_000_000n },
    });
  });

  it("leaves the part's refund owed when the provider fails; staff refund exactly that part", async () => {
    const { parts, providerRef } = await paidCardOrder();
    const result = await declineSubOrder(
      test.db,
      () => fakeProvider({ refund: true }).provider,
      parts[1]!.actor,
      outOfStock(parts[1]!.subOrderId),
    );
    expect(result).toEqual({ ok: true, refund: "owed" });
    const owed = (await listOwedRefunds(test.db)).find((p) => p.owed.minor === 2_000_000);
    expect(owed).toBeDefined();
    const admin = await test.db.user.create({
      data: { name: "Admin", email: `admin-${providerRef}@example.uz`, passwordHash: "x", roles: ["ADMIN"] },
    });
    const { provider, calls } = fakeProvider();
    expect(await refundOwedPayment(test.db, provider, { paymentId: owed!.paymentId, actorId: admin.id })).toEqual({
      ok: true,
    });
    expect(calls.refunds).toEqual([expect.objectContaining({ amount: { minor: 2_000_000 } })]);
    expect((await listOwedRefunds(test.db)).map((p) => p.paymentId)).not.toContain(owed!.paymentId);
  });

  it("treats another artisan's part as not found", async () => {
    const mine = await cashPart(test);
    const theirs = await cashPart(test);
    expect(await acceptSubOrder(test.db, mine.actor, theirs.subOrderId)).toEqual({ ok: false, reason: "notFound" });
    expect(
      await declineSubOrder(test.db, () => fakeProvider().provider, mine.actor, outOfStock(theirs.subOrderId)),
    ).toEqual({ ok: false, reason: "notFound" });
    expect(await studioPart(test.db, mine.artisan.id, theirs.subOrderId, "uz")).toBeNull();
    expect((await test.db.subOrder.findUniqueOrThrow({ where: { id: theirs.subOrderId } })).status).toBe("PLACED");
  });

  it("lets one of an accept and a decline at the same moment win", async () => {
    const { subOrderId, actor, listing } = await cashPart(test);
    const [accepted, declined] = await Promise.all([
      acceptSubOrder(test.db, actor, subOrderId),
      declineSubOrder(test.db, () => fakeProvider().provider, actor, outOfStock(subOrderId)),
    ]);
    expect([accepted.ok, declined.ok].filter(Boolean)).toHaveLength(1);
    const { status } = await test.db.subOrder.findUniqueOrThrow({ where: { id: subOrderId } });
    expect(status).toBe(accepted.ok ? "ACCEPTED" : "DECLINED");
    expect(await stockOf(test, listing.id)).toBe(accepted.ok ? 2 : 4);
    expect(await test.db.subOrderEvent.count({ where: { subOrderId, status: { in: ["ACCEPTED", "DECLINED"] } } })).toBe(
      1,
    );
  });
});
