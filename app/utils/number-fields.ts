import { z } from "zod";

/**
 * A whole number typed as text: "150 000" (grouped the way prices are written) counts as 150000.
 * `message` is the locale key the form shows for anything else.
 */
export const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string({ error: message })
    .transform((text) => text.replace(/[\s\u00a0]/g, ""))
    .pipe(z.string().regex(/^\d{1,10}$/, message))
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
