import { beforeAll, describe, expect, it } from "vitest";
import { getPublicListing } from "~/modules/catalog/listing.server";
import { listingSeo } from "~/modules/catalog/product-seo.server";
import { placeOrder } from "~/modules/checkout/place-order.server";
import { actingFor, ownStudio } from "~/modules/assisted/test-actors";
import { makeArtisan, makeListing, orderInput, withShopDatabase } from "~/modules/checkout/test-fixtures";
import type { SubOrderStatus } from "~/generated/prisma/client";
import { artisanReviews, buyerReviews, listingReviews, reviewableItems, reviewTarget } from "./queries.server";
import { answerReview, writeReview } from "./write.server";

const test = withShopDatabase();
let buyerId: string;
let otherBuyerId: string;
beforeAll(async () => {
  buyerId = (
    await test.db.user.create({ data: { name: "Malika Yusupova", email: "malika@example.uz", passwordHash: "x" } })
  ).id;
  otherBuyerId = (
    await test.db.user.create({ data: { name: "Dilnoza Karimova", email: "dilnoza@example.uz", passwordHash: "x" } })
  ).id;
});

/** A cash order of one item by `buyer`, its sub-order moved to `status`. */
async function boughtItem(
  buyer: string,
  status: SubOrderStatus = "DELIVERED",
  listing?: { id: string; artisanId: string; slug: string },
) {
  const artisan = listing ? null : await makeArtisan(test.db, test.shop, { verified: true });
  const bought = listing ?? (await makeListing(test.db, test.shop, artisan!.id));
  const placed = await placeOrder(
    test.db,
    orderInput(test.shop, [{ listingId: bought.id, quantity: 1 }], {
      buyerId: buyer,
      paymentMethod: "CASH_ON_DELIVERY",
    }),
  );
  if (!placed.ok) throw new Error(placed.reason);
  await test.db.subOrder.updateMany({ where: { orderId: placed.orderId }, data: { status } });
  const item = await test.db.orderItem.findFirstOrThrow({ where: { subOrder: { orderId: placed.orderId } } });
  const seller = await test.db.artisanProfile.findUniqueOrThrow({ where: { id: bought.artisanId } });
  return { orderItemId: item.id, listing: bought, artisanUserId: seller.userId, studio: ownStudio(seller) };
}

const review = (orderItemId: string, buyer = buyerId, rating = 5) => ({
  buyerId: buyer,
  orderItemId,
  rating,
  body: "Beautiful stitching, as in the photos.",
  locale: "en" as const,
});

describe("writeReview", () => {
  it("lets the buyer review a delivered item once, audits it and tells the artisan", async () => {
    const { orderItemId, listing, artisanUserId } = await boughtItem(buyerId);
    expect((await reviewableItems(test.db, buyerId)).map((i) => i.orderItemId)).toContain(orderItemId);
    const written = await writeReview(test.db, review(orderItemId));
    expect(written).toMatchObject({ ok: true, listingSlug: listing.slug });
    expect((await reviewableItems(test.db, buyerId)).map((i) => i.orderItemId)).not.toContain(orderItemId);
    const reviewId = written.ok ? written.reviewId : "";
    expect(
      await test.db.auditLog.count({ where: { action: "review.written", entityId: reviewId, actorId: buyerId } }),
    ).toBe(1);
    const notice = await test.db.notification.findFirstOrThrow({
      where: { userId: artisanUserId, kind: "review.received" },
    });
    expect(notice.payload).toMatchObject({ reviewId, rating: 5, slug: listing.slug });
    // The artisan's account is in Russian: the email is too.
    const { email } = await test.db.user.findUniqueOrThrow({ where: { id: artisanUserId } });
    expect(await test.db.outboxEmail.count({ where: { to: email!, subject: { contains: "новый отзыв" } } })).toBe(1);
  });

  it("refuses a second review of the same item with a clear reason", async () => {
    const { orderItemId } = await boughtItem(buyerId);
    expect((await writeReview(test.db, review(orderItemId))).ok).toBe(true);
    expect(await writeReview(test.db, review(orderItemId, buyerId, 3))).toEqual({
      ok: false,
      reason: "alreadyReviewed",
    });
    expect(await test.db.review.count({ where: { orderItemId } })).toBe(1);
    expect((await reviewTarget(test.db, buyerId, orderItemId, "uz"))?.state).toBe("alreadyReviewed");
  });

  it("keeps one review when two submissions race", async () => {
    const { orderItemId } = await boughtItem(buyerId);
    const results = await Promise.all([
      writeReview(test.db, review(orderItemId)),
      writeReview(test.db, review(orderItemId)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: "alreadyReviewed" });
  });

  it("refuses items not yet delivered", async () => {
    for (const status of ["PLACED", "ACCEPTED", "PICKED_UP", "CANCELLED"] as const) {
      const { orderItemId } = await boughtItem(buyerId, status);
      expect(await writeReview(test.db, review(orderItemId))).toEqual({ ok: false, reason: "notDelivered" });
      expect((await reviewableItems(test.db, buyerId)).map((i) => i.orderItemId)).not.toContain(orderItemId);
      expect((await reviewTarget(test.db, buyerId, orderItemId, "uz"))?.state).toBe("notDelivered");
    }
  });

  it("treats another buyer's item as not found", async () => {
    const { orderItemId } = await boughtItem(buyerId);
    expect(await writeReview(test.db, review(orderItemId, otherBuyerId))).toEqual({ ok: false, reason: "notFound" });
    expect(await reviewTarget(test.db, otherBuyerId, orderItemId, "uz")).toBeNull();
    expect(await test.db.review.count({ where: { orderItemId } })).toBe(0);
  });

  it("refuses a rating outside 1–5 and a text that is too short or too long", async () => {
    const { orderItemId } = await boughtItem(buyerId);
    for (const bad of [{ rating: 0 }, { rating: 6 }, { rating: 4.5 }, { body: "Good" }, { body: "x".repeat(2001) }]) {
      expect(await writeReview(test.db, { ...review(orderItemId), ...bad })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await test.db.review.count({ where: { orderItemId } })).toBe(0);
  });
});

describe("answerReview", () => {
  it("lets only the seller answer; the buyer hears about the first answer, edits are saved quietly", async () => {
    const { orderItemId, studio } = await boughtItem(buyerId);
    const written = await writeReview(test.db, review(orderItemId));
    const reviewId = written.ok ? written.reviewId : "";
    const stranger = await makeArtisan(test.db, test.shop, { verified: true });
    expect(await answerReview(test.db, ownStudio(stranger), { reviewId, reply: "Thank you!", locale: "en" })).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(
      await answerReview(test.db, actingFor(stranger, buyerId), { reviewId, reply: "Thank you!", locale: "en" }),
    ).toEqual({ ok: false, reason: "notFound" });
    expect((await test.db.review.findUniqueOrThrow({ where: { id: reviewId } })).artisanReply).toBeNull();

    expect(await answerReview(test.db, studio, { reviewId, reply: "Thank you, Malika!", locale: "en" })).toEqual({
      ok: true,
    });
    expect(
      await answerReview(test.db, studio, { reviewId, reply: "Thank you, Malika! Come again.", locale: "en" }),
    ).toEqual({ ok: true });
    const saved = await test.db.review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(saved.artisanReply).toBe("Thank you, Malika! Come again.");
    expect(saved.repliedAt).not.toBeNull();
    const notices = await test.db.notification.findMany({
      where: { userId: buyerId, kind: "review.answered", payload: { path: ["reviewId"], equals: reviewId } },
    });
    expect(notices).toHaveLength(1);
    expect(
      await test.db.auditLog.count({
        where: { entityId: reviewId, action: { in: ["review.answered", "review.answerEdited"] } },
      }),
    ).toBe(2);
    expect(await answerReview(test.db, studio, { reviewId, reply: " ", locale: "en" })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});

describe("listing reviews", () => {
  it("computes the average and count, lists newest first with first names only", async () => {
    const first = await boughtItem(buyerId);
    const second = await boughtItem(otherBuyerId, "DELIVERED", first.listing);
    const third = await boughtItem(buyerId, "DELIVERED", first.listing);
    await writeReview(test.db, review(first.orderItemId, buyerId, 5));
    await writeReview(test.db, review(second.orderItemId, otherBuyerId, 4));
    await writeReview(test.db, review(third.orderItemId, buyerId, 4));
    const byId = await listingReviews(test.db, { id: first.listing.id });
    const bySlug = await listingReviews(test.db, { slug: first.listing.slug });
    expect(byId).toEqual(bySlug);
    expect(byId.count).toBe(3);
    expect(byId.average).toBe(4.3);
    expect(byId.reviews.map((r) => r.rating)).toEqual([4, 4, 5]);
    expect(byId.reviews.map((r) => r.buyerName)).toEqual(["Malika", "Dilnoza", "Malika"]);
    expect(JSON.stringify(byId)).not.toMatch(/Yusupova|Karimova|@example/);
    const empty = await listingReviews(test.db, { slug: "no-such-listing" });
    expect(empty).toEqual({ count: 0, average: null, reviews: [] });

    // Search engines get the same figures, and no aggregateRating without reviews.
    const page = (await getPublicListing(test.db, first.listing.slug, "uz"))!;
    expect(listingSeo(page, byId).jsonLd).toMatchObject({
      aggregateRating: { "@type": "AggregateRating", ratingValue: 4.3, reviewCount: 3 },
    });
    expect(listingSeo(page, empty).jsonLd).not.toHaveProperty("aggregateRating");
  });

  it("shows the buyer their own reviews and the artisan the reviews of their listings", async () => {
    const { orderItemId, studio, listing } = await boughtItem(otherBuyerId);
    await writeReview(test.db, review(orderItemId, otherBuyerId, 2));
    expect((await buyerReviews(test.db, otherBuyerId, "ru")).map((r) => r.slug)).toContain(listing.slug);
    const forArtisan = await artisanReviews(test.db, studio.artisanId, "uz");
    expect(forArtisan.map((r) => [r.slug, r.rating, r.buyerName])).toEqual([[listing.slug, 2, "Dilnoza"]]);
  });
});
