import { z } from "zod";
import { LOCALES } from "~/utils/i18n/locales";
import { normalizePhone } from "~/utils/phone";
import { dayField, optionalText } from "~/modules/outreach/schemas";
import { LEARNING_STEPS, SELF_EMPLOYED_STEPS } from "./checklist-steps";

export const GENDERS = ["FEMALE", "MALE"] as const;
export const ANSWERS = ["given", "refused"] as const;
// As the certificate writes it (Roman numerals), so what was attested reads the same as what was seen.
export const DISABILITY_GROUPS = ["I", "II", "III"] as const;

const thisYear = () => new Date().getUTCFullYear();

/** Step 1, the person: who they are, where they live and how a courier reaches their door. */
export const PersonSchema = z.object({
  name: z
    .string({ error: "onboarding.errors.nameRequired" })
    .trim()
    .min(2, "onboarding.errors.nameRequired")
    .max(120, "onboarding.errors.tooLong"),
  phone: z
    .string({ error: "onboarding.errors.phoneRequired" })
    .trim()
    .refine((value) => normalizePhone(value) !== null, "onboarding.errors.phoneInvalid"),
  locale: z.enum(LOCALES, { error: "onboarding.errors.localeRequired" }),
  gender: z.enum(GENDERS, { error: "onboarding.errors.genderRequired" }),
  birthYear: z
    .string({ error: "onboarding.errors.birthYearInvalid" })
    .trim()
    .regex(/^\d{4}$/, "onboarding.errors.birthYearInvalid")
    .transform(Number)
    .refine((year) => year >= 1920 && year <= thisYear() - 14, "onboarding.errors.birthYearInvalid"),
  districtId: z.string({ error: "onboarding.errors.districtRequired" }).min(1, "onboarding.errors.districtRequired"),
  mahallaId: z.string().optional(),
  crafts: z.array(z.string()).default([]),
  address: z
    .string({ error: "onboarding.errors.addressRequired" })
    .trim()
    .min(5, "onboarding.errors.addressRequired")
    .max(300, "onboarding.errors.tooLong"),
  accessNotes: optionalText,
});

/** Step 2, one purpose: agreed or not, and who else was there. */
export const ConsentAnswerSchema = z.object({
  answer: z.enum(ANSWERS, { error: "onboarding.errors.answerRequired" }),
  secondWitnessName: z.string().trim().max(120, "onboarding.errors.tooLong").optional(),
});

/** Step 3, the certificate as seen at the visit: what it says is attested, no copy is kept. */
export const EvidenceSchema = z
  .object({
    group: z.enum(DISABILITY_GROUPS, { error: "onboarding.errors.groupRequired" }),
    certificateNumber: z
      .string({ error: "onboarding.errors.certificateRequired" })
      .trim()
      .regex(/^[\p{L}\d][\p{L}\d\s№/-]{2,29}$/u, "onboarding.errors.certificateInvalid"),
    issuedOn: dayField,
    validUntil: dayField.optional(),
    commission: z
      .string({ error: "onboarding.errors.commissionRequired" })
      .trim()
      .min(2, "onboarding.errors.commissionRequired")
      .max(200, "onboarding.errors.tooLong"),
    commissionDistrictId: z.string({ error: "onboarding.errors.districtRequired" }).min(1),
  })
  .refine((value) => !value.validUntil || value.validUntil > value.issuedOn, {
    message: "onboarding.errors.validBeforeIssued",
    path: ["validUntil"],
  });

export type PersonInput = z.infer<typeof PersonSchema>;
export type ConsentAnswer = z.infer<typeof ConsentAnswerSchema>;
export type EvidenceInput = z.infer<typeof EvidenceSchema>;

/** Luhn's check digit, so a mistyped card number is caught at the visit, not at the first payout. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** One checklist step as the worker saves it: done on a date (with what that step records), or waiting. */
export const ChecklistStepSchema = z
  .object({
    step: z.enum([...SELF_EMPLOYED_STEPS, ...LEARNING_STEPS]),
    status: z.enum(["DONE", "WAITING"], { error: "onboarding.errors.statusRequired" }),
    doneOn: dayField.optional(),
    registrationNumber: z.string().trim().max(40, "onboarding.errors.tooLong").optional(),
    cardNumber: z
      .string()
      .transform((value) => value.replace(/[\s-]/g, ""))
      .refine((value) => value === "" || (/^\d{16}$/.test(value) && luhnValid(value)), "onboarding.errors.cardInvalid")
      .optional(),
    bank: z.string().trim().max(80, "onboarding.errors.tooLong").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.status !== "DONE") return;
    const need = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!value.doneOn) need("doneOn", "caseload.errors.dateRequired");
    if (value.step === "SE_REGISTERED" && !value.registrationNumber)
      need("registrationNumber", "onboarding.errors.registrationRequired");
    if (value.step === "SE_BANK_CARD" && !value.cardNumber) need("cardNumber", "onboarding.errors.cardInvalid");
    if (value.step === "SE_BANK_CARD" && !value.bank) need("bank", "onboarding.errors.bankRequired");
  });

export type ChecklistStepInput = z.infer<typeof ChecklistStepSchema>;
