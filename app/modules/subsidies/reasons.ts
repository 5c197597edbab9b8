import { z } from "zod";

// Why a claim is refused (texts at subsidies.reason.<CODE>, which the letter and the notices read).
export const REFUSAL_REASONS = [
  "NOT_ELIGIBLE",
  "DOCUMENTS_INCOMPLETE",
  "ALREADY_RECEIVED",
  "REGISTRATION_NOT_CONFIRMED",
  "OTHER",
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export const TEXT_MAX = 1000;

/** A refusal names a reason from the list, and words: the person must know why, and "OTHER" says nothing alone. */
export const RejectSchema = z
  .object({
    reasonCode: z.enum(REFUSAL_REASONS, { error: "subsidies.errors.reasonRequired" }),
    text: z.string().trim().max(TEXT_MAX, "subsidies.errors.textTooLong").optional(),
  })
  .refine((value) => value.reasonCode !== "OTHER" || Boolean(value.text), {
    message: "subsidies.errors.textRequired",
    path: ["text"],
  });
export type RejectInput = z.infer<typeof RejectSchema>;

/** A countersigner sends a claim back with words the preparer can act on. */
export const ReturnSchema = z.object({
  note: z
    .string({ error: "subsidies.errors.noteRequired" })
    .trim()
    .min(1, "subsidies.errors.noteRequired")
    .max(TEXT_MAX, "subsidies.errors.textTooLong"),
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The payment as the branch head records it: the day paid and the payment order's number. */
export const PaymentSchema = z.object({
  paidOn: z
    .string({ error: "subsidies.errors.paidOnRequired" })
    .regex(DAY, "subsidies.errors.paidOnRequired")
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "subsidies.errors.paidOnRequired"),
  orderNumber: z
    .string({ error: "subsidies.errors.orderNumberRequired" })
    .trim()
    .min(1, "subsidies.errors.orderNumberRequired")
    .max(40, "subsidies.errors.orderNumberTooLong")
    .regex(/^[\p{L}\p{N}\-/ .]+$/u, "subsidies.errors.orderNumberInvalid"),
});
export type PaymentInput = z.infer<typeof PaymentSchema>;

/** The documents seen, ticked on the programme's checklist (none ticked is a valid save). */
export const DocumentsSchema = z.object({ documentIds: z.array(z.string().max(64)).max(50).default([]) });

/** Which artisan, which programme: both chosen from the lists the page offers. */
export const StartSchema = z.object({
  artisanId: z.string({ error: "subsidies.errors.artisanRequired" }).min(1, "subsidies.errors.artisanRequired"),
  programmeId: z.string({ error: "subsidies.errors.programmeRequired" }).min(1, "subsidies.errors.programmeRequired"),
});
