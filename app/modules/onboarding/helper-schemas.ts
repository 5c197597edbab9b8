import { z } from "zod";
import { normalizePhone } from "~/utils/phone";

/** Who a helper is to the artisan: a code, in words at welcome.helper.relation.<code> in app/locales. */
export const RELATIONSHIPS = [
  "daughter",
  "son",
  "spouse",
  "mother",
  "father",
  "sister",
  "brother",
  "grandchild",
  "relative",
  "representative",
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const isRelationship = (value: string): value is Relationship =>
  (RELATIONSHIPS as readonly string[]).includes(value);

/** An Uzbek mobile number in any common writing ("90 123 45 67", "+998 90…"): texts go only there. */
const uzbekPhone = (value: string) => normalizePhone(value)?.startsWith("+998") ?? false;

/** A family member (or legal representative) the social worker writes down as the artisan's helper. */
export const HelperSchema = z.object({
  name: z
    .string({ error: "welcome.errors.nameRequired" })
    .trim()
    .min(2, "welcome.errors.nameRequired")
    .max(120, "welcome.errors.tooLong"),
  phone: z.string({ error: "welcome.errors.phoneRequired" }).trim().refine(uzbekPhone, "welcome.errors.phoneInvalid"),
  relationship: z.enum(RELATIONSHIPS, { error: "welcome.errors.relationshipRequired" }),
});

export const RemoveHelperSchema = z.object({ helperLinkId: z.string().min(1) });

export type HelperInput = z.infer<typeof HelperSchema>;
