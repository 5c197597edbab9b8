import { describe, expect, it } from "vitest";
import { placeOrder } from "~/modules/checkout/place-order.server";
import { makeArtisan, makeListing, orderInput, withShopDatabase } from "~/modules/checkout/test-fixtures";
import {
  addCommissionRule,
  commissionHistory,
  commissionPreview,
  removeCommissionRule,
} from "./commission-rules.server";

// Effective-dated commission at the boundary: a rule "from 1 June 2030" starts at 00:00 Tashkent
// time (19:00 UTC on 31 May). The shop's UNVERIFIED rule in force before it is 5 %.
const test = withShopDatabase();
const BEFORE = new Date("2030-05-01T10:00:00+05:00");
const LAST_SECOND = new Date("2030-05-31T23:59:59+05:00");
const FIRST_SECOND = new Date("2030-06-01T00:00:00+05:00");

async function subOrderOf(orderId: string) {
  return test.db.subOrder.findFirstOrThrow({ where: { orderId }, include: { commissionRule: true } });
}

describe("a commission rule starting on a Tashkent day", () => {
  it("leaves 23:59:59 the day before on the old rule, takes 00:00:00 under the new one, and keeps placed orders on theirs", async () => {
    const admin = test.shop.staff;
    const rule = { sellerCategory: "UNVERIFIED" as const, percent: 700, startsOn: "2030-06-01", note: "Seven" };
    expect(await addCommissionRule(test.db, admin, rule, BEFORE)).toEqual({ ok: true });
    const artisan = await makeArtisan(test.db, test.shop, { verified: false });
    const listing = await makeListing(test.db, test.shop, artisan.id, { priceMinor: 10_000_000n, stock: 5 });
    const line = [{ listingId: listing.id, quantity: 1 }];

    const early = await placeOrder(test.db, orderInput(test.shop, line), LAST_SECOND);
    const late = await placeOrder(test.db, orderInput(test.shop, line), FIRST_SECOND);
    if (!early.ok || !late.ok) throw new Error("orders not placed");
    const old = await subOrderOf(early.orderId);
    expect(old).toMatchObject({ commissionBasisPoints: 500, commissionMinor: 500_000n });
    expect((await subOrderOf(late.orderId)).commissionRule).toMatchObject({ basisPoints: 700, note: "Seven" });
    expect(await subOrderOf(late.orderId)).toMatchObject({ commissionBasisPoints: 700, commissionMinor: 700_000n });

    // Once the new rule is in force, the earlier order still names the rule it was placed under.
    const again = await subOrderOf(early.orderId);
    expect(again.commissionRuleId).toBe(old.commissionRuleId);
    expect(again.commissionRule?.basisPoints).toBe(500);
    expect(again.commissionMinor).toBe(500_000n);

    // A started rule cannot be removed; the verified artisans' rule stays 0 %.
    const started = await removeCommissionRule(test.db, admin, again.commissionRuleId!, FIRST_SECOND);
    expect(started).toEqual({ ok: false, reason: "started" });
    const verified = await makeArtisan(test.db, test.shop, { verified: true });
    const piece = await makeListing(test.db, test.shop, verified.id);
    const free = await placeOrder(test.db, orderInput(test.shop, [{ listingId: piece.id, quantity: 1 }]), FIRST_SECOND);
    if (!free.ok) throw new Error("order not placed");
    expect(await subOrderOf(free.orderId)).toMatchObject({ commissionBasisPoints: 0, commissionMinor: 0n });
  });

  it("refuses a start in the past (Tashkent's today counts), and removes a rule that has not started", async () => {
    const admin = test.shop.staff;
    // 20:00 UTC on 9 June is already 10 June in Tashkent: 9 June is past, 10 June is today.
    const now = new Date("2031-06-09T20:00:00Z");
    const rule = { sellerCategory: "VERIFIED_PWD" as const, percent: 100 };
    expect(await addCommissionRule(test.db, admin, { ...rule, startsOn: "2031-06-09" }, now)).toEqual({
      ok: false,
      reason: "past",
    });
    expect(await addCommissionRule(test.db, admin, { ...rule, startsOn: "2031-06-10" }, now)).toEqual({ ok: true });
    const history = await commissionHistory(test.db, new Date("2031-06-01T00:00:00Z"));
    const future = history.find((h) => h.category === "VERIFIED_PWD")!.rules[0]!;
    expect(future).toMatchObject({ startsOn: "2031-06-10", state: "future", basisPoints: 100 });
    expect(await removeCommissionRule(test.db, admin, future.id, new Date("2031-06-01T00:00:00Z"))).toEqual({
      ok: true,
    });
    expect(await test.db.auditLog.count({ where: { entity: "CommissionRule", entityId: future.id } })).toBe(2);
  });

  it("previews a sample order under today's rule and each future one, with checkout's rounding", async () => {
    // 1 234 soʻm at 5 % is 61,70 soʻm; at 7 % 86,38; at 9 % 111,06.
    const rows = await commissionPreview(test.db, 1_234, BEFORE);
    const unverified = rows.filter((row) => row.category === "UNVERIFIED");
    expect(
      unverified.map((row) => [row.state, row.startsOn, row.basisPoints, row.chargedMinor, row.receivedMinor]),
    ).toEqual([
      ["inForce", "2026-01-01", 500, 6_170, 117_230],
      ["future", "2030-06-01", 700, 8_638, 114_762],
      ["future", "2099-01-01", 900, 11_106, 112_294],
    ]);
    expect(rows.find((row) => row.category === "VERIFIED_PWD" && row.state === "inForce")).toMatchObject({
      basisPoints: 0,
      chargedMinor: 0,
      receivedMinor: 123_400,
    });
  });
});
