import { z } from "zod";

// Locale keys under moderation.rejectReasons / moderation.reportReasons name each reason.
export const REJECTION_REASONS = [
  "photosUnclear",
  "descriptionIncomplete",
  "priceWrong",
  "notHandmade",
  "notAllowed",
  "other",
] as const;
export const REPORT_REASONS = ["notHandmade", "notAllowed", "misleading", "offensive", "other"] as const;
export const REASON_TEXT_MAX = 1000;

const freeText = z.string().trim().max(REASON_TEXT_MAX, "moderation.errors.textTooLong").optional();

/** A rejection names a common reason; "other" needs words, because the artisan must know what to fix. */
export const RejectSchema = z
  .object({
    reasonCode: z.enum(REJECTION_REASONS, { error: "moderation.errors.reasonRequired" }),
    reasonText: freeText,
  })
  .refine((value) => value.reasonCode !== "other" || Boolean(value.reasonText), {
    message: "moderation.errors.textRequired",
    path: ["reasonText"],
  });

export const ReportSchema = z.object({
  reason: z.enum(REPORT_REASONS, { error: "moderation.errors.reasonRequired" }),
  details: freeText,
});

export type RejectionReason = (typeof REJECTION_REASONS)[number];
export type ReportReason = (typeof REPORT_REASONS)[number];
