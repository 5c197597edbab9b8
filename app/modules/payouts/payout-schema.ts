import { z } from "zod";
import { PAYOUT_METHODS } from "./payout-methods";

/** A payout as staff type it: whole soʻm, how it was paid, and a receipt or transfer number. */
export const PayoutSchema = z.object({
  amount: z
    .string({ error: "errors.required" })
    .trim()
    .regex(/^\d{1,12}$/, "payouts.errors.amount")
    .transform(Number)
    .refine((value) => value > 0, "payouts.errors.amount"),
  method: z.enum(PAYOUT_METHODS, { error: "payouts.errors.method" }),
  reference: z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(100, "errors.tooLong"),
});
