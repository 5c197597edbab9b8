import { beforeAll, describe, expect, it } from "vitest";
import { placeOrder } from "~/modules/checkout/place-order.server";
import { fakeProvider, makeArtisan, makeListing, orderInput, withShopDatabase } from "~/modules/checkout/test-fixtures";
import type { PaymentMethod } from "~/generated/prisma/client";
import { cancelOrderBeforeAcceptance } from "./cancel-order.server";
import {
  claimGuestOrders,
  GUEST_ORDERS_COOKIE,
  rememberGuestOrder,
  requestOrderOwner,
  signOrderIds,
  verifyOrderIds,
  withClaimedGuestOrders,
} from "./guest-orders.server";
import { isCancellable, orderPage } from "./order-page.server";
import { accountOwner } from "./owner";
import { getOrderForBuyer, listOrdersForBuyer } from "./queries.server";

const test = withShopDatabase();
// orderPage looks for a signed-in session (none here) through the app's database.
beforeAll(() => {
  process.env.DATABASE_URL = test.test.url;
});

async function guestOrder(paymentMethod: PaymentMethod = "CASH_ON_DELIVERY") {
  const artisan = await makeArtisan(test.db, test.shop, { verified: true });
  const listing = await makeListing(test.db, test.shop, artisan.id, { stock: 3 });
  const placed = await placeOrder(
    test.db,
    orderInput(test.shop, [{ listingId: listing.id, quantity: 1 }], { paymentMethod }),
  );
  if (!placed.ok) throw new Error(placed.reason);
  return { orderId: placed.orderId, listing };
}

/** A request whose guest cookie is exactly `value`. */
const withCookie = (value: string) =>
  new Request("http://shop.test/orders", {
    headers: { Cookie: `${GUEST_ORDERS_COOKIE}=${encodeURIComponent(value)}` },
  });
/** The cookie value a Set-Cookie header carries. */
const cookieValue = (header: string) => decodeURIComponent(header.split(";")[0]!.split("=").slice(1).join("="));
const newBuyer = async () => (await test.db.user.create({ data: { name: "Aziza", passwordHash: "x" } })).id;

describe("the signed guest-order cookie", () => {
  it("gives back what it signed, and nothing for a value that was altered or signed with another secret", () => {
    const signed = signOrderIds(["a1", "b2"]);
    expect(verifyOrderIds(signed)).toEqual(["a1", "b2"]);
    const [payload, signature] = signed.split("~");
    expect(verifyOrderIds(`${payload}.c3~${signature}`)).toEqual([]);
    expect(verifyOrderIds(`c3~${signature}`)).toEqual([]);
    expect(verifyOrderIds(`${payload}~${signature!.slice(1)}x`)).toEqual([]);
    expect(verifyOrderIds(signOrderIds(["a1"], "another-secret-that-is-long-enough-000000"))).toEqual([]);
    expect(verifyOrderIds("a1.b2")).toEqual([]);
    expect(verifyOrderIds(null)).toEqual([]);
  });

  it("keeps the newest 20 orders, newest first, without repeats", () => {
    let cookie = "";
    for (let i = 0; i < 25; i++) cookie = cookieValue(rememberGuestOrder(withCookie(cookie), `order${i}`));
    cookie = cookieValue(rememberGuestOrder(withCookie(cookie), "order20"));
    const ids = verifyOrderIds(cookie);
    expect(ids).toHaveLength(20);
    expect(ids.slice(0, 2)).toEqual(["order20", "order24"]);
    expect(new Set(ids).size).toBe(20);
  });
});

describe("who may see a guest's order", () => {
  it("shows it to the browser holding the signed cookie and nobody else (404)", async () => {
    const { orderId } = await guestOrder();
    const mine = withCookie(signOrderIds([orderId]));
    const page = await orderPage(test.db, mine, orderId);
    expect(page).toMatchObject({
      order: { id: orderId },
      cancellable: true,
      signedIn: false,
      place: { region: "Toshkent", district: "Chilonzor" },
    });
    expect((await listOrdersForBuyer(test.db, requestOrderOwner(mine, null), "uz")).map((o) => o.id)).toContain(
      orderId,
    );

    for (const stranger of [
      new Request("http://shop.test/"),
      withCookie(`${orderId}~forged`),
      withCookie(signOrderIds(["other"])),
    ]) {
      const refused = await orderPage(test.db, stranger, orderId).then(
        () => null,
        (error: unknown) => error,
      );
      expect((refused as Response).status).toBe(404);
    }
    expect(await getOrderForBuyer(test.db, accountOwner(await newBuyer()), orderId, "uz")).toBeNull();
  });
});

describe("claimGuestOrders", () => {
  it("attaches the cookie's unowned orders to the account, audited, and leaves others' orders alone", async () => {
    const { orderId } = await guestOrder();
    const otherBuyer = await newBuyer();
    const { orderId: taken } = await guestOrder();
    await test.db.order.update({ where: { id: taken }, data: { buyerId: otherBuyer } });

    const userId = await newBuyer();
    const request = withCookie(signOrderIds([orderId, taken]));
    const headers = await withClaimedGuestOrders(test.db, request, userId, new Headers({ "Set-Cookie": "session=1" }));
    expect(headers.getSetCookie()).toEqual([
      "session=1",
      expect.stringMatching(new RegExp(`^${GUEST_ORDERS_COOKIE}=; .*Max-Age=0`)),
    ]);

    expect((await test.db.order.findUniqueOrThrow({ where: { id: orderId } })).buyerId).toBe(userId);
    expect((await test.db.order.findUniqueOrThrow({ where: { id: taken } })).buyerId).toBe(otherBuyer);
    expect(
      await test.db.auditLog.count({ where: { action: "order.claimed", entityId: orderId, actorId: userId } }),
    ).toBe(1);
    expect(await test.db.auditLog.count({ where: { action: "order.claimed", entityId: taken } })).toBe(0);
    // Claimed: the account sees it; the old cookie no longer does.
    expect(await getOrderForBuyer(test.db, accountOwner(userId), orderId, "uz")).not.toBeNull();
    expect(await getOrderForBuyer(test.db, requestOrderOwner(request, null), orderId, "uz")).toBeNull();
    expect(await claimGuestOrders(test.db, [orderId], await newBuyer())).toBe(0);
  });

  it("does nothing without a cookie", async () => {
    const headers = new Headers({ "Set-Cookie": "session=1" });
    await withClaimedGuestOrders(test.db, new Request("http://shop.test/"), await newBuyer(), headers);
    expect(headers.getSetCookie()).toEqual(["session=1"]);
  });
});

describe("a guest cancels", () => {
  it("a cash order with the signed cookie; a stranger cannot", async () => {
    const { orderId, listing } = await guestOrder();
    const { provider } = fakeProvider();
    const stranger = requestOrderOwner(withCookie(signOrderIds(["x"])), null);
    expect(await cancelOrderBeforeAcceptance(test.db, provider, { orderId, owner: stranger })).toEqual({
      ok: false,
      reason: "notFound",
    });
    const owner = requestOrderOwner(withCookie(signOrderIds([orderId])), null);
    expect(await cancelOrderBeforeAcceptance(test.db, provider, { orderId, owner })).toEqual({
      ok: true,
      refund: "none",
    });
    expect((await test.db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("CANCELLED");
    expect((await test.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).stock).toBe(3);
  });

  it("a card order still awaiting payment: cancelled, stock back, nothing to refund", async () => {
    const { orderId, listing } = await guestOrder("CARD");
    const { provider, calls } = fakeProvider();
    const owner = requestOrderOwner(withCookie(signOrderIds([orderId])), null);
    expect(await cancelOrderBeforeAcceptance(test.db, provider, { orderId, owner })).toEqual({
      ok: true,
      refund: "none",
    });
    const order = await getOrderForBuyer(test.db, owner, orderId, "uz");
    expect(order).toMatchObject({ status: "CANCELLED", payments: [{ status: "EXPIRED" }] });
    expect(order!.subOrders[0]!.timeline.map((s) => s.status)).toEqual(["AWAITING_PAYMENT", "CANCELLED"]);
    expect((await test.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).stock).toBe(3);
    expect(calls.refunds).toHaveLength(0);
    expect(await cancelOrderBeforeAcceptance(test.db, provider, { orderId, owner })).toEqual({
      ok: false,
      reason: "notCancellable",
    });
  });
});

describe("the order page's facts", () => {
  it("is cancellable only until an artisan accepts, and marks delivered items already reviewed", async () => {
    const { orderId } = await guestOrder();
    const userId = await newBuyer();
    await claimGuestOrders(test.db, [orderId], userId);
    const owner = accountOwner(userId);
    expect(isCancellable((await getOrderForBuyer(test.db, owner, orderId, "uz"))!)).toBe(true);

    await test.db.subOrder.updateMany({ where: { orderId }, data: { status: "DELIVERED" } });
    const delivered = (await getOrderForBuyer(test.db, owner, orderId, "uz"))!;
    expect(isCancellable(delivered)).toBe(false);
    const item = delivered.subOrders[0]!.items[0]!;
    expect(item.reviewed).toBe(false);
    await test.db.review.create({
      data: { orderItemId: item.id, listingId: item.listingId, buyerId: userId, rating: 5, body: "Ajoyib" },
    });
    expect((await getOrderForBuyer(test.db, owner, orderId, "uz"))!.subOrders[0]!.items[0]!.reviewed).toBe(true);
  });
});
