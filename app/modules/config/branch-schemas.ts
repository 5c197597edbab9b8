import { z } from "zod";
import { normalizePhone } from "~/utils/phone";

// Messages are locale keys (app/locales/*/config.json): the form translates them.

const text = (max: number) =>
  z
    .string({ error: "config.errors.required" })
    .trim()
    .min(1, "config.errors.required")
    .max(max, "config.errors.tooLong");

/**
 * A branch as buyers and artisans read it: its name, address and opening hours in Uzbek (Latin;
 * Cyrillic pages transliterate it), Russian and English, its phone and district.
 */
export const BranchSchema = z.object({
  districtId: z.string({ error: "config.errors.districtRequired" }).min(1, "config.errors.districtRequired"),
  nameUz: text(200),
  nameRu: text(200),
  nameEn: text(200),
  address: text(300),
  addressRu: text(300),
  addressEn: text(300),
  hours: text(200),
  hoursRu: text(200),
  hoursEn: text(200),
  phone: z.string({ error: "config.errors.phoneInvalid" }).transform((value, ctx) => {
    const phone = normalizePhone(value);
    if (phone) return phone;
    ctx.addIssue({ code: "custom", message: "config.errors.phoneInvalid" });
    return z.NEVER;
  }),
});
export type BranchInput = z.output<typeof BranchSchema>;

/** The text fields of the form, in the order they are shown (uz, ru, en for each). */
export const BRANCH_TEXT_FIELDS = [
  "nameUz",
  "nameRu",
  "nameEn",
  "address",
  "addressRu",
  "addressEn",
  "hours",
  "hoursRu",
  "hoursEn",
] as const;
