import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { inbox, markAllRead, noticeLink, unreadCount } from "./inbox.server";
import { notify } from "./notify.server";

let test: TestDatabase;
let malika: string;
let zulfiya: string;
beforeAll(async () => {
  test = await createTestDatabase();
  malika = (
    await test.db.user.create({ data: { name: "Malika", email: "malika@example.uz", passwordHash: "x", locale: "uz" } })
  ).id;
  zulfiya = (
    await test.db.user.create({
      data: { name: "Zulfiya", email: "zulfiya@example.uz", passwordHash: "x", locale: "ru" },
    })
  ).id;
});
afterAll(async () => test?.drop());

describe("the in-app inbox", () => {
  it("renders each notice from its kind and payload in the language of the page, newest first", async () => {
    await notify(test.db, {
      userId: malika,
      kind: "order.placed",
      payload: { orderId: "o1", number: "HM-2611-AAAA", totalMinor: 12_500_000 },
    });
    await notify(test.db, {
      userId: malika,
      kind: "review.answered",
      payload: { reviewId: "r1", title: "Doʻppi", artisan: "Zulfiya Rahimova", slug: "doppi" },
    });
    const ru = await inbox(test.db, malika, "ru");
    expect(ru.map((n) => n.title)).toEqual([
      "Hunarmand: ответ на ваш отзыв о товаре «Doʻppi» (мастер: Zulfiya Rahimova)",
      "Hunarmand: заказ HM-2611-AAAA принят",
    ]);
    expect(ru[1]!.body).toMatch(/125\s000\sсум/);
    const uz = await inbox(test.db, malika, "uz");
    expect(uz[1]!.title).toBe("Hunarmand: HM-2611-AAAA-buyurtma qabul qilindi");
    expect(uz[1]!.body).toMatch(/125\s000\ssoʻm/);
    expect(uz.map((n) => [n.unread, n.link])).toEqual([
      [true, { to: "/account/reviews", text: "Sharhlarni koʻrish" }],
      [true, { to: "/orders/o1", text: "Buyurtmani koʻrish" }],
    ]);
  });

  it("writes titles and names in the reader's language and script at reading time, never as they were sent", async () => {
    const titles = { titleUz: "Chust doʻppisi", titleRu: "Чустская тюбетейка" };
    const reader = (await test.db.user.create({ data: { name: "Gulnora", passwordHash: "x" } })).id;
    await notify(test.db, { userId: reader, kind: "listing.approved", payload: { ...titles, slug: "chust" } });
    await notify(test.db, {
      userId: reader,
      kind: "review.answered",
      payload: { reviewId: "r2", titleUz: "Lagan", artisan: "Gʻuncha Karimova", slug: "lagan" },
    });
    const [answered, approved] = await inbox(test.db, reader, "uz-Cyrl");
    expect(approved!.title).toContain("Чуст дўпписи");
    expect(answered!.title).toContain("Лаган");
    expect(answered!.title).toContain("Ғунча Каримова");
    const ru = await inbox(test.db, reader, "ru");
    expect(ru[1]!.title).toContain("Чустская тюбетейка");
    // No Russian title: the Uzbek one, as the artisan wrote it.
    expect(ru[0]!.title).toContain("Lagan");
  });

  it("links only to paths of the app", () => {
    expect(noticeLink("order.placed", { orderId: "../../x?y" })?.to).toBe("/orders/..%2F..%2Fx%3Fy");
    expect(noticeLink("review.received", { reviewId: "r" })?.to).toBe("/studio/reviews");
    expect(noticeLink("order.placed", {})).toBeNull();
  });

  it("names the page each kind of notice leads to", () => {
    const order = { orderId: "o1" };
    const part = { orderId: "o1", subOrderId: "s1" };
    expect(noticeLink("order.received", part)).toEqual({
      to: "/studio/orders/s1",
      label: "notifications.page.openOrder",
    });
    expect(noticeLink("order.pickupFailed", part)).toEqual({
      to: "/studio/orders/s1",
      label: "notifications.page.openOrder",
    });
    expect(noticeLink("order.delivered", order)).toEqual({ to: "/orders/o1", label: "notifications.page.openOrder" });
    expect(noticeLink("listing.approved", { listingId: "l1" })).toEqual({
      to: "/studio",
      label: "notifications.page.openListings",
    });
    expect(noticeLink("listing.rejected", { listingId: "l1" })).toEqual({
      to: "/studio",
      label: "notifications.page.openListings",
    });
    expect(noticeLink("payout.recorded", { amountMinor: 1 })).toEqual({
      to: "/studio/earnings",
      label: "notifications.page.openEarnings",
    });
    expect(noticeLink("review.received", {})).toEqual({
      to: "/studio/reviews",
      label: "notifications.page.openReviews",
    });
    expect(noticeLink("review.answered", {})).toEqual({
      to: "/account/reviews",
      label: "notifications.page.openReviews",
    });
  });

  it("marks all of one person's notices read, and nobody else's", async () => {
    await notify(test.db, {
      userId: zulfiya,
      kind: "review.received",
      payload: { reviewId: "r1", title: "Doʻppi", rating: 5, slug: "doppi" },
    });
    expect(await unreadCount(test.db, malika)).toBe(2);
    expect(await markAllRead(test.db, malika)).toBe(2);
    expect(await unreadCount(test.db, malika)).toBe(0);
    expect((await inbox(test.db, malika, "en")).every((n) => !n.unread)).toBe(true);
    expect(await unreadCount(test.db, zulfiya)).toBe(1);
    expect((await inbox(test.db, zulfiya, "en"))[0]!.title).toBe("Hunarmand: a new review of Doʻppi");
    expect(await markAllRead(test.db, malika)).toBe(0);
  });
});
