import { z } from "zod";
import { dayField } from "~/modules/outreach/schemas";
import { wholeNumber } from "~/utils/number-fields";

// Messages are locale keys (app/locales/*/config.json; caseload.json for dates): the form translates them.

export const SELLER_CATEGORIES = ["VERIFIED_PWD", "UNVERIFIED"] as const;

/**
 * "5", "12.5" or "2,25" (a decimal comma, as Uzbek and Russian write it), 0–100 with up to two
 * places, becomes basis points (12.5 % → 1 250): the column keeps whole basis points.
 */
export const percentField = z
  .string({ error: "config.errors.percentInvalid" })
  .transform((text) => text.replace(/[\s\u00a0%]/g, "").replace(",", "."))
  .pipe(z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, "config.errors.percentInvalid"))
  .transform((text) => Math.round(Number(text) * 100))
  .pipe(z.number().max(10_000, "config.errors.percentInvalid"));

/** A new rule: whom it applies to, how much, from which Tashkent day, and why. */
export const CommissionRuleSchema = z.object({
  sellerCategory: z.enum(SELLER_CATEGORIES, { error: "config.errors.categoryRequired" }),
  percent: percentField,
  startsOn: dayField,
  note: z.string().trim().max(500, "config.errors.tooLong").optional(),
});
export type CommissionRuleInput = z.output<typeof CommissionRuleSchema>;

/** The preview's sample order total: whole soʻm, as typed ("150 000"). */
export const sampleAmount = wholeNumber(1, 1_000_000_000, "config.errors.amountInvalid");
