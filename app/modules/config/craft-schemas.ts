import { z } from "zod";
import { wholeNumber } from "~/utils/number-fields";

// Messages are locale keys (app/locales/*/config.json): the form translates them.

const name = z
  .string({ error: "config.errors.required" })
  .trim()
  .min(1, "config.errors.required")
  .max(100, "config.errors.tooLong");

/** A craft's names in Uzbek (Latin; its address is made from it), Russian and English, and its place in lists. */
export const CraftSchema = z.object({
  nameUz: name,
  nameRu: name,
  nameEn: name,
  sortOrder: wholeNumber(0, 999, "config.errors.orderInvalid"),
});
export type CraftInput = z.output<typeof CraftSchema>;
