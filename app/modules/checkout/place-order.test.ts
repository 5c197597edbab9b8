import { describe, expect, it } from "vitest";
import { MAX_QUANTITY } from "~/modules/cart/limits";
import { startCardPayment } from "./card-payment.server";
import { placeOrder } from "./place-order.server";
import { fakeProvider, makeArtisan, makeListing, orderInput, withShopDatabase } from "./test-fixtures";

const test = withShopDatabase();

const urls = { successUrl: "http://localhost/checkout/done", cancelUrl: "http://localhost/cart" };

describe("placeOrder", () => {
  it("sells the last item exactly once when 50 buyers check out at the same moment", async () => {
    const artisan = await makeArtisan(test.db, test.shop, { verified: true });
    const listing = await makeListing(test.db, test.shop, artisan.id, { stock: 1 });
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        placeOrder(test.db, orderInput(test.shop, [{ listingId: listing.id, quantity: 1 }])),
      ),
    );
    const placed = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(placed).toHaveLength(1);
    expect(refused).toHaveLength(49);
    // Each loser is told the piece sold out, by its name (not "your cart is empty").
    for (const r of refused)
      expect(r).toMatchObject({
        ok: false,
        reason: "soldOut",
        listingIds: [listing.id],
        title: `«${listing.titleUz}»`,
      });
    expect((await test.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).stock).toBe(0);
    // Nothing left behind by the 49 rolled-back transactions.
    const orderIds = (await test.db.order.findMany({ where: { subOrders: { some: { artisanId: artisan.id } } } })).map(
      (o) => o.id,
    );
    expect(orderIds).toHaveLength(1);
    expect(await test.db.stockReservation.count({ where: { listingId: listing.id } })).toBe(1);
    expect(await test.db.orderItem.count({ where: { listingId: listing.id } })).toBe(1);
    expect(await test.db.payment.count({ where: { orderId: { in: orderIds } } })).toBe(1);
  });

  it("makes one sub-order per artisan, with current prices and the commission of each artisan's category", async () => {
    const verified = await makeArtisan(test.db, test.shop, { verified: true });
    const unverified = await makeArtisan(test.db, test.shop, { verified: false });
    const a = await makeListing(test.db, test.shop, verified.id, { priceMinor: 12_500_000n });
    const b = await makeListing(test.db, test.shop, unverified.id, { priceMinor: 3_000_050n });
    const c = await makeListing(test.db, test.shop, unverified.id, { priceMinor: 1_000_000n });
    const result = await placeOrder(
      test.db,
      orderInput(test.shop, [
        { listingId: b.id, quantity: 1 },
        { listingId: a.id, quantity: 2 },
        { listingId: c.id, quantity: 1 },
        { listingId: c.id, quantity: 1 },
      ]),
    );
    expect(result).toMatchObject({ ok: true, totalMinor: 25_000_000 + 3_000_050 + 2_000_000 });
    if (!result.ok) return;
    expect(result.number).toMatch(/^HM-\d{4}-[2-9A-Z]{4}$/);
    const order = await test.db.order.findUniqueOrThrow({
      where: { id: result.orderId },
      include: {
        subOrders: { include: { items: true, events: true, commissionRule: true } },
        payments: true,
        reservations: true,
      },
    });
    expect(order).toMatchObject({ status: "AWAITING_PAYMENT", phone: "+998901234567", deliveryMethod: "COURIER" });
    expect(order.subOrders).toHaveLength(2);
    const mine = order.subOrders.find((s) => s.artisanId === verified.id)!;
    const theirs = order.subOrders.find((s) => s.artisanId === unverified.id)!;
    expect(mine).toMatchObject({
      status: "AWAITING_PAYMENT",
      itemsTotalMinor: 25_000_000n,
      commissionBasisPoints: 0,
      commissionMinor: 0n,
    });
    expect(mine.commissionRule?.sellerCategory).toBe("VERIFIED_PWD");
    // 5 % of 50 000,50 soʻm = 2 500,0250 → 2 500,03 soʻm (half away from zero), the 2099 rule ignored.
    expect(theirs).toMatchObject({
      itemsTotalMinor: 5_000_050n,
      commissionBasisPoints: 500,
      commissionMinor: 250_003n,
    });
    expect(theirs.items.find((i) => i.listingId === c.id)).toMatchObject({
      quantity: 2,
      unitPriceMinor: 1_000_000n,
      titleUz: c.titleUz,
    });
    expect(order.subOrders.every((s) => s.events.length === 1 && s.events[0]!.status === "AWAITING_PAYMENT")).toBe(
      true,
    );
    expect(order.payments).toEqual([
      expect.objectContaining({ provider: "STRIPE", status: "PENDING", amountMinor: 30_000_050n }),
    ]);
    const expiry = order.reservations[0]!.expiresAt.getTime() - order.createdAt.getTime();
    expect(expiry).toBeGreaterThan(14 * 60_000);
    expect(expiry).toBeLessThan(16 * 60_000);
    expect((await test.db.listing.findUniqueOrThrow({ where: { id: c.id } })).stock).toBe(3);
  });

  it("places a cash order at once, consumes the stock and tells the buyer and the artisan", async () => {
    const artisan = await makeArtisan(test.db, test.shop, { verified: false });
    const listing = await makeListing(test.db, test.shop, artisan.id, { stock: 2 });
    const result = await placeOrder(
      test.db,
      orderInput(test.shop, [{ listingId: listing.id, quantity: 2 }], {
        paymentMethod: "CASH_ON_DELIVERY",
        delivery: { method: "BRANCH_PICKUP", branchId: test.shop.branch.id },
        contact: { name: "Olim", email: "olim@example.uz", phone: "+998 93 000 11 22" },
      }),
    );
    if (!result.ok) throw new Error(result.reason);
    const order = await test.db.order.findUniqueOrThrow({
      where: { id: result.orderId },
      include: { subOrders: true, payments: true, reservations: true },
    });
    expect(order.status).toBe("PLACED");
    expect(order.subOrders.map((s) => s.status)).toEqual(["PLACED"]);
    expect(order.payments[0]).toMatchObject({ provider: "CASH", status: "PENDING" });
    expect(order.reservations[0]!.consumedAt).not.toBeNull();
    expect(await test.db.notification.count({ where: { userId: artisan.userId, kind: "order.received" } })).toBe(1);
    const toArtisan = await test.db.outboxEmail.findFirstOrThrow({ where: { to: artisan.user.email! } });
    expect(toArtisan.subject).toBe(`Hunarmand: новый заказ ${result.number}`); // the artisan reads Russian
    const toBuyer = await test.db.outboxEmail.findFirstOrThrow({ where: { to: "olim@example.uz" } });
    expect(toBuyer.text).toContain("200\u00A0000\u00A0soʻm");
  });

  it("rolls the whole order back when one line cannot be sold, naming that listing", async () => {
    const artisan = await makeArtisan(test.db, test.shop, { verified: true });
    const plenty = await makeListing(test.db, test.shop, artisan.id, { stock: 5 });
    const draft = await makeListing(test.db, test.shop, artisan.id, { status: "DRAFT" as never });
    const orders = await test.db.order.count();
    const result = await placeOrder(
      test.db,
      orderInput(test.shop, [
        { listingId: plenty.id, quantity: 2 },
        { listingId: draft.id, quantity: 1 },
      ]),
    );
    expect(result).toEqual({
      ok: false,
      reason: "notAvailable",
      message: "orders.errors.notAvailable",
      listingId: draft.id,
      title: draft.titleUz,
    });
    const tooMany = await placeOrder(
      test.db,
      orderInput(test.shop, [{ listingId: plenty.id, quantity: 6 }], { locale: "ru" }),
    );
    expect(tooMany).toMatchObject({ ok: false, reason: "outOfStock", title: plenty.titleRu });
    expect((await test.db.listing.findUniqueOrThrow({ where: { id: plenty.id } })).stock).toBe(5);
    expect(await test.db.order.count()).toBe(orders);
  });

  it("takes as many of one listing as the cart allows: a line of 100 in stock is sold, one over the cart's limit is not", async () => {
    const artisan = await makeArtisan(test.db, test.shop, { verified: true });
    const listing = await makeListing(test.db, test.shop, artisan.id, { stock: MAX_QUANTITY + 50 });
    expect(await placeOrder(test.db, orderInput(test.shop, [{ listingId: listing.id, quantity: 100 }]))).toMatchObject({
      ok: true,
    });
    const over = await placeOrder(
      test.db,
      orderInput(test.shop, [{ listingId: listing.id, quantity: MAX_QUANTITY + 1 }]),
    );
    expect(over).toMatchObject({ ok: false, reason: "invalidQuantity", max: MAX_QUANTITY });
  });

  it("refuses bad input before touching stock", async () => {
    const artisan = await makeArtisan(test.db, test.shop, { verified: true });
    const listing = await makeListing(test.db, test.shop, artisan.id);
    const line = [{ listingId: listing.id, quantity: 1 }];
    const other = await test.db.district.create({
      data: {
        code: "SM-01",
        regionId: (
          await test.db.region.create({
            data: { code: "SM", nameUz: "Samarqand", nameRu: "Самарканд", nameEn: "Samarkand" },
          })
        ).id,
        nameUz: "Urgut",
        nameRu: "Ургут",
        nameEn: "Urgut",
      },
    });
    expect(await placeOrder(test.db, orderInput(test.shop, []))).toMatchObject({ ok: false, reason: "emptyCart" });
    expect(await placeOrder(test.db, orderInput(test.shop, [{ listingId: listing.id, quantity: 0 }]))).toMatchObject({
      ok: false,
      reason: "invalidQuantity",
    });
    expect(
      await placeOrder(test.db, orderInput(test.shop, line, { contact: { name: "A", email: "a@b.uz", phone: "12" } })),
    ).toMatchObject({ ok: false, reason: "invalidContact", field: "phone" });
    const wrongPlace = orderInput(test.shop, line, {
      delivery: { method: "COURIER", regionId: test.shop.region.id, districtId: other.id, street: "x" },
    });
    expect(await placeOrder(test.db, wrongPlace)).toMatchObject({ ok: false, reason: "invalidDelivery" });
    expect((await test.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).stock).toBe(5);
  });
});

describe("startCardPayment", () => {
  it("opens the provider checkout with the order's lines and keeps its reference", async () => {
    const artisan = await makeArtisan(test.db, test.shop, { verified: true });
    const listing = await makeListing(test.db, test.shop, artisan.id, { priceMinor: 5_000_000n });
    const placed = await placeOrder(test.db, orderInput(test.shop, [{ listingId: listing.id, quantity: 3 }]));
    if (!placed.ok) throw new Error(placed.reason);
    const { provider, calls } = fakeProvider();
    expect(await startCardPayment(test.db, provider, placed.orderId, urls)).toEqual({
      ok: true,
      url: "https://pay.example/session",
    });
    expect(calls.checkouts[0]).toMatchObject({
      orderNumber: placed.number,
      lines: [{ name: listing.titleUz, unitAmount: { minor: 5_000_000 }, quantity: 3 }],
    });
    expect(calls.checkouts[0]!.expiresAt.getTime() - Date.now()).toBeGreaterThanOrEqual(30 * 60_000);
    const payment = await test.db.payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    expect(payment.providerRef).toMatch(/^cs_/);
    expect(await startCardPayment(test.db, provider, placed.orderId, urls)).toEqual({
      ok: false,
      reason: "alreadyStarted",
    });
  });

  it("cancels the order and returns the stock when the provider fails", async () => {
    const artisan = await makeArtisan(test.db, test.shop, { verified: true });
    const listing = await makeListing(test.db, test.shop, artisan.id, { stock: 2 });
    const placed = await placeOrder(test.db, orderInput(test.shop, [{ listingId: listing.id, quantity: 2 }]));
    if (!placed.ok) throw new Error(placed.reason);
    expect((await test.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).stock).toBe(0);
    const result = await startCardPayment(test.db, fakeProvider({ checkout: true }).provider, placed.orderId, urls);
    expect(result).toEqual({ ok: false, reason: "providerFailed" });
    const order = await test.db.order.findUniqueOrThrow({
      where: { id: placed.orderId },
      include: { subOrders: true, payments: true, reservations: true },
    });
    expect(order.status).toBe("CANCELLED");
    expect(order.subOrders[0]!.status).toBe("CANCELLED");
    expect(order.payments[0]!.status).toBe("FAILED");
    expect(order.reservations.every((r) => r.releasedAt !== null)).toBe(true);
    expect((await test.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).stock).toBe(2);
  });
});
