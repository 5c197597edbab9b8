import { z } from "zod";
import { normalizePhone } from "~/utils/phone";

// Messages are locale keys (app/locales/*/people.json): the forms translate them.

export const STAFF_ROLES = ["SOCIAL_WORKER", "MODERATOR", "COURIER", "ADMIN"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
/** Roles whose work is in districts (StaffDistrict rows); an administrator's is the whole country. */
export const DISTRICT_ROLES: readonly StaffRole[] = ["SOCIAL_WORKER", "MODERATOR", "COURIER"];
export const LEVELS = ["A", "B", "D", "E", "F"] as const;
export const ACCOUNT_LOCALES = ["uz", "uz-Cyrl", "ru", "en"] as const;

/** A list filter: every role a person can have. */
export const SEARCH_ROLES = ["BUYER", "ARTISAN", "HELPER", ...STAFF_ROLES] as const;

const text = (max: number) =>
  z
    .string({ error: "people.errors.required" })
    .trim()
    .min(1, "people.errors.required")
    .max(max, "people.errors.tooLong");
const optional = z.string().trim().optional();

/** "2635.1": the occupation classifier's code, digits in groups joined by dots. */
const occupationCode = z
  .string({ error: "people.errors.occupationRequired" })
  .trim()
  .max(20, "people.errors.occupationInvalid")
  .regex(/^\d+(\.\d+)*$/, "people.errors.occupationInvalid");

const districtIds = z.array(z.string()).default([]);

export const SearchSchema = z.object({
  q: z.string().trim().max(100, "people.errors.tooLong").optional(),
  role: z.enum(SEARCH_ROLES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export const CreateStaffSchema = z
  .object({
    name: text(100),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(200, "people.errors.tooLong")
      .email("people.errors.emailInvalid")
      .optional(),
    phone: optional.refine((value) => !value || normalizePhone(value) !== null, "people.errors.phoneInvalid"),
    role: z.enum(STAFF_ROLES, { error: "people.errors.roleRequired" }),
    level: z.enum(LEVELS).optional(),
    occupationCode: occupationCode.optional(),
    districtIds,
    locale: z.enum(ACCOUNT_LOCALES).default("uz"),
  })
  .superRefine((value, ctx) => {
    if (!value.email && !value.phone)
      ctx.addIssue({ code: "custom", path: ["email"], message: "people.errors.contactRequired" });
    if (value.role === "SOCIAL_WORKER") {
      if (!value.level) ctx.addIssue({ code: "custom", path: ["level"], message: "people.errors.levelRequired" });
      if (!value.occupationCode)
        ctx.addIssue({ code: "custom", path: ["occupationCode"], message: "people.errors.occupationRequired" });
    }
    if (DISTRICT_ROLES.includes(value.role) && value.districtIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["districtIds"], message: "people.errors.districtsRequired" });
  });
export type CreateStaffInput = z.output<typeof CreateStaffSchema>;

export const DistrictsSchema = z.object({
  intent: z.literal("districts"),
  districtIds: districtIds.refine((ids) => ids.length > 0, "people.errors.districtsRequired"),
});

export const LevelSchema = z.object({
  intent: z.literal("level"),
  level: z.enum(LEVELS, { error: "people.errors.levelRequired" }),
  occupationCode,
});

export const DeactivateSchema = z.object({
  intent: z.literal("deactivate"),
  reason: text(500),
});

/** The actions of a person's page that need nothing but their intent. */
export const PlainIntentSchema = z.object({ intent: z.enum(["welcome", "resetTwoFactor", "reactivate"]) });
