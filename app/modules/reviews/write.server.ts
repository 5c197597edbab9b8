import { auditNames, type StudioActor } from "~/modules/assisted/studio-actor.server";
import { notify, payloadTitles } from "~/modules/notifications/notify.server";
import { audit } from "~/utils/audit.server";
import { type Db, isUniqueViolation } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import type { Outcome } from "~/utils/result";
import { ReplySchema, ReviewSchema } from "./schemas";

export type ReviewRefusal = "notFound" | "notDelivered" | "alreadyReviewed" | "invalid";
export type WriteResult = Outcome<ReviewRefusal, { reviewId: string; listingSlug: string }>;

/** `locale`: the page the buyer wrote on, kept so the text is shown in the reader's script or marked as another language. */
type WriteInput = { buyerId: string; orderItemId: string; rating: number; body: string; locale: Locale };

/**
 * A buyer reviews one item they bought, once, after its sub-order was delivered. The review, the
 * audit entry and the artisan's notice are one transaction. Someone else's item reads as not
 * found, so an id never tells a stranger that it exists.
 */
export async function writeReview(db: Db, input: WriteInput): Promise<WriteResult> {
  const parsed = ReviewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { rating, body } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const item = await tx.orderItem.findFirst({
        where: { id: input.orderItemId, subOrder: { order: { buyerId: input.buyerId } } },
        select: {
          listingId: true,
          titleUz: true,
          titleRu: true,
          titleEn: true,
          review: { select: { id: true } },
          subOrder: { select: { status: true } },
          listing: { select: { slug: true, artisan: { select: { userId: true } } } },
        },
      });
      if (!item) return { ok: false, reason: "notFound" } as const;
      if (item.subOrder.status !== "DELIVERED") return { ok: false, reason: "notDelivered" } as const;
      if (item.review) return { ok: false, reason: "alreadyReviewed" } as const;
      const review = await tx.review.create({
        data: {
          orderItemId: input.orderItemId,
          listingId: item.listingId,
          buyerId: input.buyerId,
          rating,
          body,
          bodyLocale: input.locale,
        },
        select: { id: true },
      });
      await audit(tx, {
        actorId: input.buyerId,
        action: "review.written",
        entity: "Review",
        entityId: review.id,
        detail: { rating },
      });
      await notify(tx, {
        userId: item.listing.artisan.userId,
        kind: "review.received",
        payload: { reviewId: review.id, ...payloadTitles(item), rating, slug: item.listing.slug },
      });
      return { ok: true, reviewId: review.id, listingSlug: item.listing.slug } as const;
    });
  } catch (error) {
    // Two submissions raced past the check: the unique orderItemId keeps one; the other is told so.
    if (isUniqueViolation(error)) return { ok: false, reason: "alreadyReviewed" };
    throw error;
  }
}

export type AnswerResult = Outcome<"notFound" | "invalid">;

/**
 * The artisan who sold the listing answers a review. The answer can be edited later; the buyer is
 * told about the first answer only, so fixing a typo does not send them another message.
 */
export async function answerReview(
  db: Db,
  actor: StudioActor,
  input: { reviewId: string; reply: string; locale: Locale },
): Promise<AnswerResult> {
  const parsed = ReplySchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  return db.$transaction(async (tx) => {
    const review = await tx.review.findFirst({
      where: { id: input.reviewId, listing: { artisanId: actor.artisanId } },
      select: {
        buyerId: true,
        repliedAt: true,
        orderItem: { select: { titleUz: true, titleRu: true, titleEn: true } },
        listing: { select: { slug: true, artisan: { select: { displayName: true } } } },
      },
    });
    if (!review) return { ok: false, reason: "notFound" } as const;
    const now = new Date();
    await tx.review.update({
      where: { id: input.reviewId },
      data: { artisanReply: parsed.data.reply, replyLocale: input.locale, repliedAt: now },
    });
    const first = review.repliedAt === null;
    await audit(tx, {
      ...auditNames(actor),
      action: first ? "review.answered" : "review.answerEdited",
      entity: "Review",
      entityId: input.reviewId,
    });
    if (first) {
      await notify(tx, {
        userId: review.buyerId,
        kind: "review.answered",
        payload: {
          reviewId: input.reviewId,
          ...payloadTitles(review.orderItem),
          artisan: review.listing.artisan.displayName,
          slug: review.listing.slug,
        },
      });
    }
    return { ok: true } as const;
  });
}
