import { z } from "zod";
import { wholeNumber } from "~/utils/number-fields";

// The guided form's steps, in order: one question each. "photos" has its own route (multipart).
export const STEPS = ["photos", "about", "price", "details", "handmade", "review"] as const;
export type Step = (typeof STEPS)[number];

export const isStep = (value: string | undefined): value is Step => STEPS.includes(value as Step);
export const stepNumber = (step: Step) => STEPS.indexOf(step) + 1;
export const nextStep = (step: Step): Step => STEPS[Math.min(stepNumber(step), STEPS.length - 1)]!;
export const previousStep = (step: Step): Step | null => STEPS[stepNumber(step) - 2] ?? null;

// Messages are locale keys (app/locales/*/studio.json and errors.json): the form translates them.
const required = (max: number) =>
  z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(max, "studio.errors.tooLong");
const optional = (max: number) => z.string().trim().max(max, "studio.errors.tooLong").optional();

export const AboutSchema = z.object({
  categoryId: z.string({ error: "studio.errors.category" }).min(1, "studio.errors.category"),
  titleUz: required(120),
  titleRu: optional(120),
  titleEn: optional(120),
  descriptionUz: required(4000),
  descriptionRu: optional(4000),
  descriptionEn: optional(4000),
});

/** Whole soʻm up to 100 million (a large carpet costs a few million); stored as tiyin. */
export const PriceSchema = z.object({
  priceSom: wholeNumber(1, 100_000_000, "studio.errors.price"),
  stock: wholeNumber(0, 10_000, "studio.errors.stock"),
});

export const DetailsSchema = z.object({
  materialsUz: optional(300),
  dimensionsUz: optional(200),
});

export const HandmadeSchema = z.object({
  handmade: z.boolean({ error: "studio.errors.handmade" }).refine((v) => v, "studio.errors.handmade"),
});

export const AltTextSchema = z.object({
  images: z.array(z.object({ id: z.string().min(1), altUz: required(200) })).min(1),
});

export const STEP_SCHEMAS = {
  about: AboutSchema,
  price: PriceSchema,
  details: DetailsSchema,
  handmade: HandmadeSchema,
} as const;
export type FormStep = keyof typeof STEP_SCHEMAS;
export const isFormStep = (step: Step): step is FormStep => step in STEP_SCHEMAS;

/** Statuses the artisan may still change: a draft, or one the moderator sent back with a reason. */
export const EDITABLE = ["DRAFT", "REJECTED"] as const;
export const isEditable = (status: string) => (EDITABLE as readonly string[]).includes(status);
