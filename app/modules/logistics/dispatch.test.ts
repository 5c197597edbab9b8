import { beforeAll, describe, expect, it } from "vitest";
import { withShopDatabase } from "~/modules/checkout/test-fixtures";
import { buildManifest } from "./build-manifest.server";
import { dispatchDay } from "./dispatch.server";
import { manifestSheet } from "./manifest-sheet.server";
import { moveStop } from "./reorder.server";
import { makeStaff, otherDistrict, readyPart } from "./test-pickups";

const test = withShopDatabase();
const day = new Date("2026-11-22T00:00:00Z");
const nextDay = new Date("2026-11-23T00:00:00Z");
let dispatcher: { id: string };
let stranger: { id: string };
let courier: { id: string };

beforeAll(async () => {
  dispatcher = await makeStaff(test.db, "MODERATOR", [test.shop.district.id]);
  stranger = await makeStaff(test.db, "MODERATOR", [(await otherDistrict(test.db, test.shop)).id]);
  courier = await makeStaff(test.db, "COURIER", [test.shop.district.id]);
});

const view = (dispatcherId = dispatcher.id, on = day) =>
  dispatchDay(test.db, { dispatcherId, districtId: test.shop.district.id, day: on, locale: "uz" });
const build = (pickupIds: string[], more: { dispatcherId?: string; courierId?: string } = {}) =>
  buildManifest(test.db, {
    dispatcherId: dispatcher.id,
    districtId: test.shop.district.id,
    day,
    courierId: courier.id,
    pickupIds,
    ...more,
  });

describe("dispatch", () => {
  it("offers only the open requests of the district and day, and builds the manifest in stop order", async () => {
    const late = await readyPart(test, { startsAt: "14:00" });
    const early = await readyPart(test, { startsAt: "10:00" });
    const branch = await readyPart(test, { kind: "BRANCH_DROP_OFF" });
    const elsewhere = await readyPart(test, { districtId: (await otherDistrict(test.db, test.shop)).id });
    const tomorrow = await readyPart(test, { day: nextDay });
    const offered = (await view())!.requests.map((r) => r.id);
    expect(offered).toEqual([early.pickup.id, late.pickup.id, branch.pickup.id]);
    expect(offered).not.toContain(elsewhere.pickup.id);
    expect((await view(dispatcher.id, nextDay))!.requests.map((r) => r.id)).toEqual([
      tomorrow.pickup.id,
      branch.pickup.id,
    ]);

    expect(await build([early.pickup.id, elsewhere.pickup.id])).toEqual({ ok: false, reason: "changed" });
    expect(await test.db.pickup.count({ where: { status: "ASSIGNED" } })).toBe(0);

    const built = await build([late.pickup.id, early.pickup.id]);
    expect(built.ok).toBe(true);
    const rows = await test.db.pickup.findMany({
      where: { id: { in: [early.pickup.id, late.pickup.id] } },
      orderBy: { stopOrder: "asc" },
    });
    expect(rows.map((r) => [r.id, r.status, r.stopOrder])).toEqual([
      [early.pickup.id, "ASSIGNED", 1],
      [late.pickup.id, "ASSIGNED", 2],
    ]);
    expect((await view())!.requests.map((r) => r.id)).toEqual([branch.pickup.id]);
    expect((await view())!.manifests).toEqual([expect.objectContaining({ stops: 2 })]);
    expect(await build([early.pickup.id])).toEqual({ ok: false, reason: "changed" });
  });

  it("refuses another district's dispatcher and a courier of another district", async () => {
    const part = await readyPart(test);
    expect(await view(stranger.id)).toBeNull();
    expect(await build([part.pickup.id], { dispatcherId: stranger.id })).toEqual({ ok: false, reason: "notFound" });
    expect(await build([part.pickup.id], { courierId: stranger.id })).toEqual({ ok: false, reason: "courier" });
    expect(await build([])).toEqual({ ok: false, reason: "noPickups" });
    const built = await build([part.pickup.id]);
    if (!built.ok) throw new Error(built.reason);
    expect(
      await manifestSheet(test.db, { dispatcherId: stranger.id, manifestId: built.manifestId, locale: "uz" }),
    ).toBeNull();
  });

  it("never assigns one pickup twice when two dispatchers build at once", async () => {
    const part = await readyPart(test, { startsAt: "11:00" });
    const other = await makeStaff(test.db, "MODERATOR", [test.shop.district.id]);
    const results = await Promise.all([build([part.pickup.id]), build([part.pickup.id], { dispatcherId: other.id })]);
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "changed" }]);
    const pickup = await test.db.pickup.findUniqueOrThrow({ where: { id: part.pickup.id } });
    expect(pickup.manifestId).toBe((won[0] as { manifestId: string }).manifestId);
    expect(await test.db.courierManifest.count({ where: { pickups: { none: {} } } })).toBe(0);
  });

  it("prints contacts only with the artisan's consent, and audits every read", async () => {
    const agreed = await readyPart(test, { startsAt: "09:00" });
    const refused = await readyPart(test, { startsAt: "09:30", consent: false });
    const built = await build([agreed.pickup.id, refused.pickup.id]);
    if (!built.ok) throw new Error(built.reason);
    const sheet = (await manifestSheet(test.db, {
      dispatcherId: dispatcher.id,
      manifestId: built.manifestId,
      locale: "uz",
    }))!;
    expect(sheet.stops.map((s) => s.contact)).toEqual([
      { phone: "+998901112233", address: `Qatortol 7, ${agreed.artisan.handle}`, accessNotes: "3rd floor, no lift" },
      { phone: "+998901112233", address: null, accessNotes: null },
    ]);
    expect(sheet.stops[0]).toMatchObject({ windowStart: "09:00", itemCount: 2, destination: "Chilonzor" });
    const audits = await test.db.auditLog.findMany({
      where: { action: "artisan.address.read", actorId: dispatcher.id },
    });
    expect(audits).toHaveLength(2);
    expect(audits.map((a) => [a.entityId, a.detail])).toEqual(
      expect.arrayContaining([
        [agreed.artisan.id, { purpose: "manifest", fields: ["pickupPhoneEnc", "addressEnc", "accessNotesEnc"] }],
        [refused.artisan.id, { purpose: "manifest", fields: ["pickupPhoneEnc"] }],
      ]),
    );
    expect(JSON.stringify(audits.map((a) => a.detail))).not.toContain("Qatortol");
  });

  it("lets the dispatcher of the district reorder the stops", async () => {
    const first = await readyPart(test, { startsAt: "08:00" });
    const second = await readyPart(test, { startsAt: "08:30" });
    const built = await build([first.pickup.id, second.pickup.id]);
    if (!built.ok) throw new Error(built.reason);
    const order = async () =>
      (await test.db.pickup.findMany({ where: { manifestId: built.manifestId }, orderBy: { stopOrder: "asc" } })).map(
        (p) => p.id,
      );
    const move = (pickupId: string, direction: "up" | "down", dispatcherId = dispatcher.id) =>
      moveStop(test.db, { dispatcherId, manifestId: built.manifestId, pickupId, direction });
    expect(await move(second.pickup.id, "up", stranger.id)).toBe(false);
    expect(await order()).toEqual([first.pickup.id, second.pickup.id]);
    expect(await move(second.pickup.id, "up")).toBe(true);
    expect(await order()).toEqual([second.pickup.id, first.pickup.id]);
    expect(await move(second.pickup.id, "up")).toBe(true);
    expect(await order()).toEqual([second.pickup.id, first.pickup.id]);
    expect(await move(first.pickup.id, "up")).toBe(true);
    expect(await order()).toEqual([first.pickup.id, second.pickup.id]);
  });
});
