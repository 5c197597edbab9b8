import { z } from "zod";

// Messages are locale keys (app/locales/*/reviews.json): the form translates them.
export const REVIEW_BODY = { min: 10, max: 2000 } as const;
export const REPLY_BODY = { min: 2, max: 1000 } as const;
export const RATINGS = [1, 2, 3, 4, 5] as const;

export const ReviewSchema = z.object({
  rating: z.coerce
    .number({ error: "reviews.errors.ratingRequired" })
    .int("reviews.errors.ratingRequired")
    .min(1, "reviews.errors.ratingRequired")
    .max(5, "reviews.errors.ratingRequired"),
  body: z
    .string({ error: "reviews.errors.bodyRequired" })
    .trim()
    .min(REVIEW_BODY.min, "reviews.errors.bodyTooShort")
    .max(REVIEW_BODY.max, "reviews.errors.bodyTooLong"),
});

export const ReplySchema = z.object({
  reviewId: z.string({ error: "reviews.errors.replyRequired" }).min(1),
  reply: z
    .string({ error: "reviews.errors.replyRequired" })
    .trim()
    .min(REPLY_BODY.min, "reviews.errors.replyRequired")
    .max(REPLY_BODY.max, "reviews.errors.replyTooLong"),
});

export type ReviewInput = z.infer<typeof ReviewSchema>;
