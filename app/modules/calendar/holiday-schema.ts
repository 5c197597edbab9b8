import { z } from "zod";
import { dayField } from "~/modules/outreach/schemas";

const NAME_MAX = 200;
const name = z
  .string({ error: "admin.errors.nameRequired" })
  .trim()
  .min(1, "admin.errors.nameRequired")
  .max(NAME_MAX, "admin.errors.tooLong");

/** A name the admin writes in each of the three languages (Uzbek Cyrillic is derived from the Latin). */
export const threeNames = { nameUz: name, nameRu: name, nameEn: name };

/** A public holiday: its day, and its name in the three languages. */
export const HolidaySchema = z.object({ day: dayField, ...threeNames });
export type HolidayInput = z.infer<typeof HolidaySchema>;
