import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText, writtenText } from "~/utils/i18n/localized";

const listingTitle = { slug: true, titleUz: true, titleRu: true, titleEn: true } as const;
type TitledListing = { slug: string; titleUz: string; titleRu: string | null; titleEn: string | null };
const listingFacts = (listing: TitledListing, locale: Locale) => ({
  slug: listing.slug,
  title: localized(listing, "title", locale),
});

/** The public shows reviewers by first name only: never the full name, email or place. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? "";
}

const waitingWhere = (buyerId: string): Prisma.OrderItemWhereInput => ({
  review: null,
  subOrder: { status: "DELIVERED", order: { buyerId } },
});
const waitingSelect = {
  id: true,
  listing: { select: listingTitle },
  subOrder: { select: { order: { select: { number: true } } } },
} satisfies Prisma.OrderItemSelect;
type WaitingRow = Prisma.OrderItemGetPayload<{ select: typeof waitingSelect }>;
const waitingItem = (item: WaitingRow, locale: Locale) => ({
  orderItemId: item.id,
  ...listingFacts(item.listing, locale),
  orderNumber: item.subOrder.order.number,
});

/** Items from the buyer's delivered sub-orders that have no review yet, most recent order first. */
export async function reviewableItems(db: Db, buyerId: string, locale: Locale = "uz") {
  const items = await db.orderItem.findMany({
    where: waitingWhere(buyerId),
    orderBy: [{ subOrder: { order: { createdAt: "desc" } } }, { id: "asc" }],
    select: waitingSelect,
  });
  return items.map((item) => waitingItem(item, locale));
}

export type ReviewTargetState = "open" | "notDelivered" | "alreadyReviewed";

/**
 * An item of this buyer's for the review form, with whether it can be reviewed now; null when it
 * is not theirs, so a stranger learns nothing from an id.
 */
export async function reviewTarget(db: Db, buyerId: string, orderItemId: string, locale: Locale) {
  const item = await db.orderItem.findFirst({
    where: { id: orderItemId, subOrder: { order: { buyerId } } },
    select: {
      ...waitingSelect,
      review: { select: { id: true } },
      subOrder: { select: { status: true, order: { select: { number: true } } } },
    },
  });
  if (!item) return null;
  const state: ReviewTargetState = item.review
    ? "alreadyReviewed"
    : item.subOrder.status === "DELIVERED"
      ? "open"
      : "notDelivered";
  return { item: waitingItem(item, locale), state };
}

const reviewSelect = {
  id: true,
  rating: true,
  body: true,
  bodyLocale: true,
  createdAt: true,
  artisanReply: true,
  replyLocale: true,
  repliedAt: true,
} satisfies Prisma.ReviewSelect;
type ReviewRow = Prisma.ReviewGetPayload<{ select: typeof reviewSelect }>;

/** A review as read on a page of `locale`: the texts in the reader's script or marked with their language; `artisanReply` as typed, for editing. */
const reviewText = ({ body, bodyLocale, artisanReply, replyLocale, ...review }: ReviewRow, locale: Locale) => ({
  ...review,
  artisanReply,
  text: writtenText(body, bodyLocale, locale),
  reply: artisanReply === null ? null : writtenText(artisanReply, replyLocale ?? "uz", locale),
});

/** The buyer's own reviews, newest first, with the artisan's answers. */
export async function buyerReviews(db: Db, buyerId: string, locale: Locale) {
  const reviews = await db.review.findMany({
    where: { buyerId },
    orderBy: { createdAt: "desc" },
    select: { ...reviewSelect, listing: { select: { ...listingTitle, artisan: { select: { displayName: true } } } } },
  });
  return reviews.map(({ listing, ...review }) => ({
    ...reviewText(review, locale),
    ...listingFacts(listing, locale),
    artisanName: uzbekText(listing.artisan.displayName, locale),
  }));
}

export const LISTING_REVIEWS_SHOWN = 10;

/** A listing's rating (average to one decimal, count) and its newest reviews. */
export async function listingReviews(db: Db, listing: { id: string } | { slug: string }, locale: Locale = "uz") {
  const where: Prisma.ReviewWhereInput =
    "id" in listing ? { listingId: listing.id } : { listing: { slug: listing.slug } };
  const [summary, reviews] = await Promise.all([
    db.review.aggregate({ where, _avg: { rating: true }, _count: { _all: true } }),
    db.review.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: LISTING_REVIEWS_SHOWN,
      select: { ...reviewSelect, buyer: { select: { name: true } } },
    }),
  ]);
  const average = summary._avg.rating;
  return {
    count: summary._count._all,
    average: average === null ? null : Math.round(average * 10) / 10,
    reviews: reviews.map(({ buyer, ...review }) => ({
      ...reviewText(review, locale),
      buyerName: uzbekText(firstName(buyer.name), locale),
    })),
  };
}

export type ListingReviews = Awaited<ReturnType<typeof listingReviews>>;

/** Reviews of an artisan's listings, newest first. */
export async function artisanReviews(db: Db, artisanId: string, locale: Locale) {
  const reviews = await db.review.findMany({
    where: { listing: { artisanId } },
    orderBy: { createdAt: "desc" },
    select: { ...reviewSelect, buyer: { select: { name: true } }, listing: { select: listingTitle } },
  });
  return reviews.map(({ buyer, listing, ...review }) => ({
    ...reviewText(review, locale),
    buyerName: uzbekText(firstName(buyer.name), locale),
    ...listingFacts(listing, locale),
  }));
}
