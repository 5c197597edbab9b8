import { beforeAll, describe, expect, it } from "vitest";
import { withShopDatabase } from "~/modules/checkout/test-fixtures";
import { offeredWindows } from "~/modules/fulfilment/pickup-windows.server";
import { giveSlots } from "~/modules/fulfilment/test-slots";
import { dayKey } from "~/utils/days";
import { closeDay, reopenDay } from "./closed-days.server";
import { addSlots, changeCapacity, removeSlot, slotWeek } from "./pickup-slots.server";
import { slotAction } from "./slot-page.server";
import { makeStaff, otherDistrict, readyPart } from "./test-pickups";

// The weekly template and closed days of a district, and the windows artisans are offered from them.
const test = withShopDatabase();
// Monday 23 November 2026, 08:00 in Tashkent: the week offered is Monday 23 to Sunday 29.
const NOW = new Date("2026-11-23T03:00:00Z");
const TODAY = new Date("2026-11-23T00:00:00Z");
const UNTIL = "12:00";
const day = (text: string) => new Date(`${text}T00:00:00Z`);
let admin: { id: string };

beforeAll(async () => {
  admin = await makeStaff(test.db, "MODERATOR", []);
});

const fresh = () => otherDistrict(test.db, test.shop);
const offered = async (districtId: string) =>
  (await offeredWindows(test.db, districtId, NOW, UNTIL)).map((w) => `${dayKey(w.date)} ${w.startsAt}-${w.endsAt}`);

describe("windows from the template", () => {
  it("follow the weekdays: a slot only on Tuesdays gives windows on the Tuesday alone", async () => {
    const district = await fresh();
    await giveSlots(test.db, district.id, [2], [{ startsAt: "09:00", endsAt: "12:00", capacity: 5 }]);
    expect(await offered(district.id)).toEqual(["2026-11-24 09:00-12:00"]);
    expect(await test.db.pickupWindow.count({ where: { districtId: district.id } })).toBe(1);
  });

  it("are not made, nor offered, on a closed day — also ones made before it was closed", async () => {
    const district = await fresh();
    await giveSlots(test.db, district.id);
    expect(await offered(district.id)).toHaveLength(14);
    const closed = await closeDay(test.db, admin, district.id, { date: "2026-11-25", reason: "Bayram" }, TODAY);
    expect(closed).toEqual({ ok: true });
    expect(await closeDay(test.db, admin, district.id, { date: "2026-11-26", reason: "Bayram" }, TODAY)).toEqual({
      ok: true,
    });
    const after = await offered(district.id);
    expect(after).toHaveLength(10);
    expect(after.some((w) => w.startsWith("2026-11-25") || w.startsWith("2026-11-26"))).toBe(false);

    const later = await fresh();
    await giveSlots(test.db, later.id);
    await closeDay(test.db, admin, later.id, { date: "2026-11-27", reason: "Bayram" }, TODAY);
    await offered(later.id);
    expect(await test.db.pickupWindow.count({ where: { districtId: later.id, date: day("2026-11-27") } })).toBe(0);
  });

  it("opening a closed day again offers its windows again", async () => {
    const district = await fresh();
    await giveSlots(test.db, district.id, [3]);
    await closeDay(test.db, admin, district.id, { date: "2026-11-25", reason: "Bayram" }, TODAY);
    expect(await offered(district.id)).toEqual([]);
    const [row] = await test.db.pickupClosedDay.findMany({ where: { districtId: district.id } });
    expect(await reopenDay(test.db, admin, district.id, row!.id)).toEqual({ ok: true });
    expect(await offered(district.id)).toEqual(["2026-11-25 10:00-13:00", "2026-11-25 14:00-18:00"]);
    expect(await reopenDay(test.db, admin, district.id, row!.id)).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("closing a day", () => {
  it("is refused while pickups are booked on it, with how many", async () => {
    const district = await fresh();
    await readyPart(test, { day: day("2026-11-27"), districtId: district.id });
    await readyPart(test, { day: day("2026-11-27"), districtId: district.id, startsAt: "14:00" });
    expect(await closeDay(test.db, admin, district.id, { date: "2026-11-27", reason: "Bayram" }, TODAY)).toEqual({
      ok: false,
      reason: "booked",
      bookings: 2,
    });
    expect(await test.db.pickupClosedDay.count({ where: { districtId: district.id } })).toBe(0);
  });

  it("is refused for a past day and for a day already closed; a closing is audited", async () => {
    const district = await fresh();
    const input = { date: "2026-11-22", reason: "Bayram" };
    expect(await closeDay(test.db, admin, district.id, input, TODAY)).toEqual({ ok: false, reason: "past" });
    expect(await closeDay(test.db, admin, district.id, { ...input, date: "2026-11-23" }, TODAY)).toEqual({ ok: true });
    expect(await closeDay(test.db, admin, district.id, { ...input, date: "2026-11-23" }, TODAY)).toEqual({
      ok: false,
      reason: "dayTaken",
    });
    const rows = await test.db.auditLog.findMany({ where: { action: "pickupDay.close", actorId: admin.id } });
    expect(rows.map((r) => r.detail)).toContainEqual({ districtId: district.id, date: "2026-11-23" });
  });
});

describe("changing the template", () => {
  it("refuses a window overlapping one already on that weekday, naming the weekdays", async () => {
    const district = await fresh();
    await giveSlots(test.db, district.id, [1, 3]);
    const input = { weekday: ["1", "2", "3"] as ("1" | "2" | "3")[], startsAt: "12:00", endsAt: "14:30", capacity: 4 };
    expect(await addSlots(test.db, admin, district.id, input)).toEqual({
      ok: false,
      reason: "overlap",
      weekdays: [1, 3],
    });
    expect(await test.db.pickupSlot.count({ where: { districtId: district.id, weekday: 2 } })).toBe(0);
    // Touching ends do not overlap: 13:00–14:00 fits between the two.
    expect(await addSlots(test.db, admin, district.id, { ...input, startsAt: "13:00", endsAt: "14:00" })).toEqual({
      ok: true,
    });
    const week = await slotWeek(test.db, district.id);
    expect(week[0]!.slots.map((s) => s.startsAt)).toEqual(["10:00", "13:00", "14:00"]);
    expect(week[1]!.slots.map((s) => [s.startsAt, s.endsAt, s.capacity])).toEqual([["13:00", "14:00", 4]]);
    const audited = await test.db.auditLog.findFirstOrThrow({
      where: { action: "pickupSlot.add", entityId: district.id },
    });
    expect(audited.detail).toEqual({ weekdays: [1, 2, 3], startsAt: "13:00", endsAt: "14:00", capacity: 4 });
  });

  it("keeps a removed slot's window that has a booking, and stops offering its empty ones", async () => {
    const district = await fresh();
    await giveSlots(test.db, district.id, [4, 5], [{ startsAt: "10:00", endsAt: "13:00", capacity: 8 }]);
    expect(await offered(district.id)).toEqual(["2026-11-26 10:00-13:00", "2026-11-27 10:00-13:00"]);
    const booked = await readyPart(test, { day: day("2026-11-26"), districtId: district.id });
    for (const slot of await test.db.pickupSlot.findMany({ where: { districtId: district.id } }))
      expect(await removeSlot(test.db, admin, district.id, slot.id)).toEqual({ ok: true });
    expect(await offered(district.id)).toEqual(["2026-11-26 10:00-13:00"]);
    expect(await test.db.pickup.findUniqueOrThrow({ where: { id: booked.pickup.id } })).toMatchObject({
      pickupWindowId: booked.pickup.pickupWindowId,
    });
    expect(await test.db.pickupWindow.count({ where: { districtId: district.id } })).toBe(2);
  });

  it("changes a slot's capacity, and its windows' this week, never below their bookings", async () => {
    const district = await fresh();
    await giveSlots(test.db, district.id, [4], [{ startsAt: "10:00", endsAt: "13:00", capacity: 8 }]);
    await offered(district.id);
    await readyPart(test, { day: day("2026-11-26"), districtId: district.id });
    await readyPart(test, { day: day("2026-11-26"), districtId: district.id });
    const [slot] = await test.db.pickupSlot.findMany({ where: { districtId: district.id } });
    expect(await changeCapacity(test.db, admin, district.id, { slotId: slot!.id, capacity: 1 }, TODAY)).toEqual({
      ok: true,
    });
    const window = await test.db.pickupWindow.findFirstOrThrow({ where: { districtId: district.id } });
    expect(window.capacity).toBe(2);
    expect(await offered(district.id)).toEqual([]);
    await changeCapacity(test.db, admin, district.id, { slotId: slot!.id, capacity: 5 }, TODAY);
    expect((await offeredWindows(test.db, district.id, NOW, UNTIL))[0]).toMatchObject({ capacity: 5, free: 3 });
    const other = await fresh();
    expect(await changeCapacity(test.db, admin, other.id, { slotId: slot!.id, capacity: 3 }, TODAY)).toEqual({
      ok: false,
      reason: "notFound",
    });
  });
});

describe("the page's forms", () => {
  const post = (fields: Record<string, string | string[]>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) form.append(name, one);
    return new Request("http://localhost/admin/pickup-slots", { method: "POST", body: form });
  };
  type Answer = { init?: { status?: number }; data: { reply?: { error?: Record<string, string[]> } } };
  const errorsOf = async (fields: Record<string, string | string[]>) => {
    const answer = (await slotAction(test.db, admin, post(fields))) as unknown as Answer;
    return { status: answer.init?.status, error: answer.data.reply?.error };
  };

  it("answers bad input with the form's messages, never a 500", async () => {
    const districtId = (await fresh()).id;
    const base = { intent: "addSlot", districtId, weekday: ["1"], startsAt: "09:00", endsAt: "12:00", capacity: "5" };
    expect(await errorsOf({ ...base, startsAt: "9 am" })).toEqual({
      status: 400,
      error: { startsAt: ["slots.errors.time"] },
    });
    expect(await errorsOf({ ...base, startsAt: "25:00" })).toEqual({
      status: 400,
      error: { startsAt: ["slots.errors.time"] },
    });
    expect(await errorsOf({ ...base, endsAt: "09:00" })).toEqual({
      status: 400,
      error: { endsAt: ["slots.errors.order"] },
    });
    expect(await errorsOf({ ...base, capacity: "101" })).toEqual({
      status: 400,
      error: { capacity: ["slots.errors.capacity"] },
    });
    expect(await errorsOf({ ...base, capacity: "0" })).toEqual({
      status: 400,
      error: { capacity: ["slots.errors.capacity"] },
    });
    expect(await errorsOf({ ...base, weekday: [] })).toEqual({
      status: 400,
      error: { weekday: ["slots.errors.weekdays"] },
    });
    expect(await errorsOf({ ...base, weekday: ["8"] })).toMatchObject({ status: 400 });
    const added = (await slotAction(test.db, admin, post(base))) as Response;
    expect(added.headers.get("Location")).toBe(`/admin/pickup-slots?district=${districtId}&done=added`);
    expect(await errorsOf({ ...base, startsAt: "11:00", endsAt: "15:00" })).toEqual({
      status: 409,
      error: { "": ["slots.errors.overlap"] },
    });
    expect(await errorsOf({ intent: "closeDay", districtId, date: "2020-01-01", reason: "Bayram" })).toEqual({
      status: 400,
      error: { date: ["slots.errors.past"] },
    });
    expect(await errorsOf({ intent: "closeDay", districtId, date: "2099-02-30", reason: "Bayram" })).toEqual({
      status: 400,
      error: { date: ["caseload.errors.dateInvalid"] },
    });
    expect(await errorsOf({ intent: "closeDay", districtId, date: "2099-02-28", reason: " " })).toEqual({
      status: 400,
      error: { reason: ["slots.errors.reasonRequired"] },
    });
  });
});
