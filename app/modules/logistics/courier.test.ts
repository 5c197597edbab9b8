import { beforeAll, describe, expect, it } from "vitest";
import { withShopDatabase } from "~/modules/checkout/test-fixtures";
import { buildManifest } from "./build-manifest.server";
import { courierDay } from "./courier-day.server";
import { dispatchDay } from "./dispatch.server";
import { handOverAtBranch, markDelivered, markPickedUp, markPickupFailed } from "./steps.server";
import { makeStaff, otherDistrict, readyPart } from "./test-pickups";

const test = withShopDatabase();
const day = new Date("2026-11-22T00:00:00Z");
const now = new Date("2026-11-22T06:00:00Z"); // 11:00 in Tashkent
let dispatcher: { id: string };
let courier: { id: string };
let rival: { id: string };

beforeAll(async () => {
  dispatcher = await makeStaff(test.db, "MODERATOR", [test.shop.district.id]);
  courier = await makeStaff(test.db, "COURIER", [test.shop.district.id]);
  rival = await makeStaff(test.db, "COURIER", [test.shop.district.id]);
});

async function assigned(options: Parameters<typeof readyPart>[1] = {}, to = courier.id, on = day) {
  const part = await readyPart(test, { day: on, ...options });
  const built = await buildManifest(test.db, {
    dispatcherId: dispatcher.id,
    districtId: test.shop.district.id,
    day: on,
    courierId: to,
    pickupIds: [part.pickup.id],
  });
  if (!built.ok) throw new Error(built.reason);
  return part;
}

const step = (pickupId: string, courierId = courier.id) => ({ courierId, pickupId, now });
const subOrder = (id: string) =>
  test.db.subOrder.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { createdAt: "asc" } } } });
const notices = (userId: string) => test.db.notification.findMany({ where: { userId }, select: { kind: true } });
const credits = (subOrderId: string) => test.db.ledgerEntry.count({ where: { subOrderId, kind: "SALE_CREDIT" } });
const dispatchView = () =>
  dispatchDay(test.db, { dispatcherId: dispatcher.id, districtId: test.shop.district.id, day, locale: "uz" });

describe("courier", () => {
  it("sees addresses only for their own stops of today, and only with consent", async () => {
    const own = await assigned();
    const noConsent = await assigned({ consent: false });
    const tomorrow = await assigned({}, courier.id, new Date("2026-11-23T00:00:00Z"));
    const others = await assigned({}, rival.id);
    const { stops } = await courierDay(test.db, courier.id, "uz", now);
    const ids = stops.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([own.pickup.id, noConsent.pickup.id]));
    expect(ids).not.toContain(tomorrow.pickup.id);
    expect(ids).not.toContain(others.pickup.id);
    expect(stops.find((s) => s.id === own.pickup.id)!.contact?.address).toBe(`Qatortol 7, ${own.artisan.handle}`);
    expect(stops.find((s) => s.id === noConsent.pickup.id)!.contact).toEqual({
      phone: "+998901112233",
      address: null,
      accessNotes: null,
    });
    const audits = await test.db.auditLog.findMany({ where: { action: "artisan.address.read", actorId: courier.id } });
    expect(audits.map((a) => a.entityId).sort()).toEqual([own.artisan.id, noConsent.artisan.id].sort());
    expect(audits.every((a) => (a.detail as { purpose: string }).purpose === "courier")).toBe(true);

    expect(await markPickedUp(test.db, step(others.pickup.id))).toBe("notFound");
    expect(await markPickedUp(test.db, step(tomorrow.pickup.id))).toBe("notFound");
    expect((await test.db.pickup.findUniqueOrThrow({ where: { id: others.pickup.id } })).status).toBe("ASSIGNED");
  });

  it("picks up and delivers to the buyer: timeline, notices, one credit, cash received, order completed", async () => {
    const part = await assigned();
    expect(await markDelivered(test.db, step(part.pickup.id))).toBe("changed");
    expect(await markPickedUp(test.db, step(part.pickup.id))).toBe("done");
    expect(await markPickedUp(test.db, step(part.pickup.id))).toBe("changed");
    let sub = await subOrder(part.subOrderId);
    expect(sub.status).toBe("PICKED_UP");
    expect(sub.events.at(-1)).toMatchObject({ status: "PICKED_UP", actorId: courier.id });
    expect(await notices(part.artisan.userId)).toContainEqual({ kind: "order.pickedUp" });
    const buyerStop = (await courierDay(test.db, courier.id, "uz", now)).stops.find((s) => s.id === part.pickup.id)!;
    expect(buyerStop.contact).toBeNull();
    expect(buyerStop.buyer).toMatchObject({ name: "Malika", street: "Qatortol 5" });

    expect(await markDelivered(test.db, step(part.pickup.id, rival.id))).toBe("notFound");
    expect(await markDelivered(test.db, step(part.pickup.id))).toBe("done");
    expect(await markDelivered(test.db, step(part.pickup.id))).toBe("changed");
    sub = await subOrder(part.subOrderId);
    expect(sub.status).toBe("DELIVERED");
    expect(sub.events.at(-1)).toMatchObject({ status: "DELIVERED", actorId: courier.id });
    expect(await credits(part.subOrderId)).toBe(1);
    expect((await test.db.pickup.findUniqueOrThrow({ where: { id: part.pickup.id } })).status).toBe("DELIVERED");
    expect((await test.db.payment.findFirstOrThrow({ where: { orderId: part.orderId } })).status).toBe("SUCCEEDED");
    expect((await test.db.order.findUniqueOrThrow({ where: { id: part.orderId } })).status).toBe("COMPLETED");
    expect(await notices(part.artisan.userId)).toContainEqual({ kind: "order.delivered" });
    const mails = await test.db.outboxEmail.findMany({ where: { to: "malika@example.uz" }, select: { subject: true } });
    expect(mails.some((m) => m.subject.includes("topshirildi"))).toBe(true);
  });

  it("a failed pickup keeps the part ready, tells the artisan, and goes back to the dispatcher", async () => {
    const part = await assigned({ startsAt: "16:00" });
    expect(
      await markPickupFailed(test.db, { ...step(part.pickup.id), reason: "nobodyHome", detail: "Called twice" }),
    ).toBe("done");
    const pickup = await test.db.pickup.findUniqueOrThrow({ where: { id: part.pickup.id } });
    expect(pickup).toMatchObject({ status: "FAILED", failureReason: "nobodyHome: Called twice" });
    const sub = await subOrder(part.subOrderId);
    expect(sub.status).toBe("READY");
    expect(sub.events.at(-1)).toMatchObject({ status: "READY", actorId: courier.id, note: "nobodyHome: Called twice" });
    expect(await notices(part.artisan.userId)).toContainEqual({ kind: "order.pickupFailed" });
    const offered = (await dispatchView())!.requests.find((r) => r.id === part.pickup.id);
    expect(offered?.failureReason).toBe("nobodyHome: Called twice");

    const again = await buildManifest(test.db, {
      dispatcherId: dispatcher.id,
      districtId: test.shop.district.id,
      day,
      courierId: rival.id,
      pickupIds: [part.pickup.id],
    });
    expect(again.ok).toBe(true);
    expect(await test.db.pickup.findUniqueOrThrow({ where: { id: part.pickup.id } })).toMatchObject({
      status: "ASSIGNED",
      failureReason: null,
    });
    expect(await markPickedUp(test.db, step(part.pickup.id))).toBe("notFound");
    expect(await markPickedUp(test.db, step(part.pickup.id, rival.id))).toBe("done");
  });

  it("delivers to the branch, then the dispatcher hands it to the buyer", async () => {
    const part = await assigned({ delivery: "BRANCH_PICKUP" });
    await markPickedUp(test.db, step(part.pickup.id));
    expect(await markDelivered(test.db, step(part.pickup.id))).toBe("done");
    expect((await subOrder(part.subOrderId)).status).toBe("AT_BRANCH");
    expect(await credits(part.subOrderId)).toBe(0);
    expect(await notices(part.artisan.userId)).toContainEqual({ kind: "order.atBranch" });
    expect((await dispatchView())!.atBranch.map((p) => p.id)).toContain(part.subOrderId);

    const stranger = await makeStaff(test.db, "MODERATOR", [(await otherDistrict(test.db, test.shop)).id]);
    const handOver = (dispatcherId: string) =>
      handOverAtBranch(test.db, { dispatcherId, districtId: test.shop.district.id, subOrderId: part.subOrderId });
    expect(await handOver(stranger.id)).toBe("notFound");
    expect(await handOver(dispatcher.id)).toBe("done");
    expect(await handOver(dispatcher.id)).toBe("changed");
    const sub = await subOrder(part.subOrderId);
    expect(sub.status).toBe("DELIVERED");
    expect(sub.events.at(-1)).toMatchObject({ status: "DELIVERED", actorId: dispatcher.id });
    expect(await credits(part.subOrderId)).toBe(1);
    expect((await test.db.order.findUniqueOrThrow({ where: { id: part.orderId } })).status).toBe("COMPLETED");
  });
});
