import { z } from "zod";
import { dayField } from "~/modules/outreach/schemas";
import { dayKey } from "~/utils/days";
import { tashkentNow } from "~/utils/format";
import {
  ACCOMMODATIONS,
  ACTION_STATUSES,
  CLOSURE_REASONS,
  REFERRAL_ANSWERS,
  REFERRAL_KINDS,
  SATISFACTION,
} from "./terms";

export const TEXT_MAX = 2000;
const NAME_MAX = 120;

const text = (max = TEXT_MAX) => z.string().trim().max(max, "cases.errors.tooLong");
const required = (message: string, max = TEXT_MAX) =>
  z.string({ error: message }).trim().min(1, message).max(max, "cases.errors.tooLong");
/** A day that has come (Tashkent's calendar): what was done is never dated in the future. */
const pastDay = dayField.refine((value) => value <= dayKey(tashkentNow().today), "cases.errors.dateInFuture");

/** The state's E-CASE record number, when there is one: letters, digits and dashes. */
export const OpenCaseSchema = z.object({
  artisanId: z.string().min(1),
  externalEcaseId: z
    .string()
    .trim()
    .regex(/^[\p{L}\d][\p{L}\d/-]{0,39}$/u, "cases.errors.ecaseInvalid")
    .optional(),
});

/** Recorded with the person: their goals in their words, what stands in the way, what helps, what they can do. */
export const AssessmentSchema = z.object({
  recordedOn: pastDay,
  goals: required("cases.errors.goalsRequired"),
  barriers: text().optional(),
  accommodations: z.array(z.enum(ACCOMMODATIONS)).default([]),
  skills: text().optional(),
});

// A plan form has a few empty action rows (no JavaScript to add one): a row left wholly empty is dropped.
const ActionRow = z.object({
  what: text(300).optional(),
  who: text(NAME_MAX).optional(),
  byWhen: dayField.optional(),
  status: z.enum(ACTION_STATUSES).default("planned"),
});

/** A plan version as the form holds it: goals one per line, and the actions (what, who is responsible, by when, status). */
export const PlanFormSchema = z
  .object({
    goals: required("cases.errors.goalsRequired"),
    actions: z.array(ActionRow).default([]),
  })
  .superRefine((value, ctx) => {
    value.actions.forEach((row, i) => {
      if (!row.what && !row.who && !row.byWhen) return;
      for (const field of ["what", "who", "byWhen"] as const)
        if (!row[field])
          ctx.addIssue({ code: "custom", path: ["actions", i, field], message: `cases.errors.${field}` });
    });
    if (!value.actions.some((row) => row.what))
      ctx.addIssue({ code: "custom", path: ["actions", 0, "what"], message: "cases.errors.actionRequired" });
  });

/** …and as it is saved: goals a list, empty action rows dropped (the form's constraints cannot read a transform). */
export const PlanSchema = PlanFormSchema.transform((value) => ({
  goals: value.goals
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean),
  actions: value.actions.flatMap((row) =>
    row.what && row.who && row.byWhen ? [{ what: row.what, who: row.who, byWhen: row.byWhen, status: row.status }] : [],
  ),
}));

/** The artisan agreed to this version of the plan, on a day, before a witness. */
export const AcknowledgeSchema = z.object({
  version: z.coerce.number().int().min(1),
  acknowledgedOn: pastDay,
  witness: required("cases.errors.witnessRequired", NAME_MAX),
});

export const ActionStatusSchema = z.object({
  version: z.coerce.number().int().min(1),
  action: z.coerce.number().int().min(0),
  status: z.enum(ACTION_STATUSES, { error: "cases.errors.statusRequired" }),
});

export const ReferralSchema = z.object({
  kind: z.enum(REFERRAL_KINDS, { error: "cases.errors.kindRequired" }),
  organisation: required("cases.errors.organisationRequired", 200),
  sentOn: pastDay,
});

/** The organisation's answer; a refusal needs its reason in words. */
export const ReferralAnswerSchema = z
  .object({
    referralId: z.string().min(1),
    status: z.enum(REFERRAL_ANSWERS, { error: "cases.errors.answerRequired" }),
    respondedOn: pastDay,
    response: text().optional(),
  })
  .refine((value) => value.status !== "REFUSED" || Boolean(value.response), {
    message: "cases.errors.reasonRequired",
    path: ["response"],
  });

export const ReviewSchema = z.object({
  note: required("cases.errors.noteRequired"),
  satisfaction: z.coerce
    .number({ error: "cases.errors.satisfactionRequired" })
    .int()
    .refine((n) => (SATISFACTION as readonly number[]).includes(n), "cases.errors.satisfactionRequired"),
});

export const NoteSchema = z.object({ body: required("cases.errors.noteRequired") });

/** Closing says why; "other" needs the words. */
export const CloseSchema = z
  .object({
    reason: z.enum(CLOSURE_REASONS, { error: "cases.errors.closureRequired" }),
    note: text().optional(),
  })
  .refine((value) => value.reason !== "OTHER" || Boolean(value.note), {
    message: "cases.errors.reasonRequired",
    path: ["note"],
  });

export type AssessmentInput = z.infer<typeof AssessmentSchema>;
export type PlanInput = z.infer<typeof PlanSchema>;
export type AcknowledgeInput = z.infer<typeof AcknowledgeSchema>;
export type ActionStatusInput = z.infer<typeof ActionStatusSchema>;
export type ReferralInput = z.infer<typeof ReferralSchema>;
export type ReferralAnswerInput = z.infer<typeof ReferralAnswerSchema>;
export type ReviewInput = z.infer<typeof ReviewSchema>;
export type CloseInput = z.infer<typeof CloseSchema>;
