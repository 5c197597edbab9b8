import { beforeAll, describe, expect, it } from "vitest";
import { withShopDatabase } from "~/modules/checkout/test-fixtures";
import { tashkentNow } from "~/utils/format";
import { ensurePickupWindows, offeredWindows } from "./pickup-windows.server";
import { markReady } from "./ready.server";
import { acceptedPart, cashPart } from "./test-parts";
import { giveSlots } from "./test-slots";

const test = withShopDatabase();
// 08:00 in Tashkent on 23 November 2026: today's windows are still offered before 12:00.
const NOW = new Date("2026-11-23T03:00:00Z");
const UNTIL = "12:00";

// The district's week as the migration filled it: 10:00–13:00 and 14:00–18:00 every day.
beforeAll(async () => giveSlots(test.db, test.shop.district.id));

async function windows(now = NOW) {
  return offeredWindows(test.db, test.shop.district.id, now, UNTIL);
}

describe("pickup windows", () => {
  it("keeps the next 7 days' windows present, once, whatever the number of calls", async () => {
    const { today } = tashkentNow(NOW);
    await Promise.all([
      ensurePickupWindows(test.db, test.shop.district.id, today),
      ensurePickupWindows(test.db, test.shop.district.id, today),
    ]);
    await ensurePickupWindows(test.db, test.shop.district.id, today);
    expect(await test.db.pickupWindow.count({ where: { districtId: test.shop.district.id } })).toBe(14);
    const offered = await windows();
    expect(offered).toHaveLength(14);
    expect(offered[0]).toMatchObject({ date: today, startsAt: "10:00", endsAt: "13:00", free: 8 });
  });

  it("offers today's windows only before the same-day limit", async () => {
    const afternoon = new Date("2026-11-23T09:00:00Z"); // 14:00 in Tashkent
    const offered = await windows(afternoon);
    expect(offered).toHaveLength(12);
    expect(offered[0]!.date).toEqual(new Date("2026-11-24T00:00:00Z"));
  });
});

describe("ready", () => {
  it("books a window: a home pickup requested, the part READY, the timeline saying when", async () => {
    const { subOrderId, actor } = await acceptedPart(test);
    const [window] = await windows();
    expect(await markReady(test.db, actor, subOrderId, { kind: "window", windowId: window!.id }, UNTIL, NOW)).toEqual({
      ok: true,
    });
    expect(await test.db.pickup.findUniqueOrThrow({ where: { subOrderId } })).toMatchObject({
      kind: "HOME_PICKUP",
      status: "REQUESTED",
      pickupWindowId: window!.id,
    });
    const event = await test.db.subOrderEvent.findFirstOrThrow({ where: { subOrderId, status: "READY" } });
    expect(event).toMatchObject({ note: "window:2026-11-23 10:00-13:00", actorId: actor.actorId });
  });

  it("refuses before acceptance, and for another artisan's part", async () => {
    const placed = await cashPart(test);
    const other = await acceptedPart(test);
    const [window] = await windows();
    const choice = { kind: "window" as const, windowId: window!.id };
    expect(await markReady(test.db, placed.actor, placed.subOrderId, choice, UNTIL, NOW)).toEqual({
      ok: false,
      reason: "notChangeable",
    });
    expect(await markReady(test.db, placed.actor, other.subOrderId, choice, UNTIL, NOW)).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await test.db.pickup.count({ where: { subOrderId: { in: [placed.subOrderId, other.subOrderId] } } })).toBe(
      0,
    );
  });

  it("refuses a full window and leaves nothing half-saved", async () => {
    const window = (await windows())[3]!;
    await test.db.pickupWindow.update({ where: { id: window.id }, data: { capacity: 1 } });
    const first = await acceptedPart(test);
    const second = await acceptedPart(test);
    expect(
      await markReady(test.db, first.actor, first.subOrderId, { kind: "window", windowId: window.id }, UNTIL, NOW),
    ).toEqual({ ok: true });
    expect(
      await markReady(test.db, second.actor, second.subOrderId, { kind: "window", windowId: window.id }, UNTIL, NOW),
    ).toEqual({ ok: false, reason: "windowFull" });
    expect((await test.db.subOrder.findUniqueOrThrow({ where: { id: second.subOrderId } })).status).toBe("ACCEPTED");
    expect((await windows()).map((w) => w.id)).not.toContain(window.id);
  });

  it("gives a window's last places to exactly as many parts as it holds, when they come at once", async () => {
    const window = (await windows())[5]!;
    await test.db.pickupWindow.update({ where: { id: window.id }, data: { capacity: 2 } });
    const parts = await Promise.all([1, 2, 3, 4].map(() => acceptedPart(test)));
    const results = await Promise.all(
      parts.map((p) => markReady(test.db, p.actor, p.subOrderId, { kind: "window", windowId: window.id }, UNTIL, NOW)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, reason: "windowFull" },
      { ok: false, reason: "windowFull" },
    ]);
    expect(await test.db.pickup.count({ where: { pickupWindowId: window.id } })).toBe(2);
  });

  it("hands over at a branch of the district, and refuses a window of another district", async () => {
    const { subOrderId, actor } = await acceptedPart(test);
    const region = await test.db.region.create({
      data: { code: "SA", nameUz: "Samarqand", nameRu: "Самарканд", nameEn: "Samarkand" },
    });
    const far = await test.db.district.create({
      data: { code: "SA-01", regionId: region.id, nameUz: "Urgut", nameRu: "Ургут", nameEn: "Urgut" },
    });
    await giveSlots(test.db, far.id);
    const [farWindow] = await offeredWindows(test.db, far.id, NOW, UNTIL);
    const farBranch = await test.db.branch.create({
      data: {
        districtId: far.id,
        nameUz: "F",
        nameRu: "F",
        nameEn: "F",
        address: "x",
        addressRu: "x",
        addressEn: "x",
        phone: "x",
        hours: "x",
        hoursRu: "x",
        hoursEn: "x",
      },
    });
    expect(
      await markReady(test.db, actor, subOrderId, { kind: "window", windowId: farWindow!.id }, UNTIL, NOW),
    ).toEqual({ ok: false, reason: "notOffered" });
    expect(await markReady(test.db, actor, subOrderId, { kind: "branch", branchId: farBranch.id }, UNTIL, NOW)).toEqual(
      { ok: false, reason: "notOffered" },
    );
    expect(
      await markReady(test.db, actor, subOrderId, { kind: "branch", branchId: test.shop.branch.id }, UNTIL, NOW),
    ).toEqual({ ok: true });
    expect(await test.db.pickup.findUniqueOrThrow({ where: { subOrderId } })).toMatchObject({
      kind: "BRANCH_DROP_OFF",
      branchId: test.shop.branch.id,
      pickupWindowId: null,
    });
  });

  it("lets the choice change while the pickup is requested or failed, not once a courier has it", async () => {
    const { subOrderId, actor } = await acceptedPart(test);
    const [a, b] = await windows();
    await markReady(test.db, actor, subOrderId, { kind: "branch", branchId: test.shop.branch.id }, UNTIL, NOW);
    expect(await markReady(test.db, actor, subOrderId, { kind: "window", windowId: a!.id }, UNTIL, NOW)).toEqual({
      ok: true,
    });
    expect(await test.db.pickup.findUniqueOrThrow({ where: { subOrderId } })).toMatchObject({
      kind: "HOME_PICKUP",
      pickupWindowId: a!.id,
      branchId: null,
    });
    await test.db.pickup.update({ where: { subOrderId }, data: { status: "FAILED" } });
    expect(await markReady(test.db, actor, subOrderId, { kind: "window", windowId: b!.id }, UNTIL, NOW)).toEqual({
      ok: true,
    });
    await test.db.pickup.update({ where: { subOrderId }, data: { status: "ASSIGNED" } });
    expect(await markReady(test.db, actor, subOrderId, { kind: "window", windowId: a!.id }, UNTIL, NOW)).toEqual({
      ok: false,
      reason: "notChangeable",
    });
    expect((await test.db.pickup.findUniqueOrThrow({ where: { subOrderId } })).pickupWindowId).toBe(b!.id);
    expect(await test.db.subOrderEvent.count({ where: { subOrderId, status: "READY" } })).toBe(3);
  });

  it("refuses a window whose day was closed, or whose slot was removed, after the page was shown", async () => {
    const { subOrderId, actor } = await acceptedPart(test);
    const offered = await windows();
    const saturday = offered.find((w) => w.date.toISOString().startsWith("2026-11-28"))!;
    const sunday = offered.find((w) => w.date.toISOString().startsWith("2026-11-29") && w.startsAt === "14:00")!;
    const districtId = test.shop.district.id;
    await test.db.pickupClosedDay.create({
      data: { districtId, date: saturday.date, reason: "Bayram", createdById: test.shop.staff.id },
    });
    await test.db.pickupSlot.deleteMany({ where: { districtId, weekday: 7, startsAt: "14:00" } });
    for (const window of [saturday, sunday])
      expect(await markReady(test.db, actor, subOrderId, { kind: "window", windowId: window.id }, UNTIL, NOW)).toEqual({
        ok: false,
        reason: "notOffered",
      });
    expect((await windows()).map((w) => w.id)).not.toContain(saturday.id);
  });
});
