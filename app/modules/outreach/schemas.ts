import { z } from "zod";
import { normalizePhone } from "~/utils/phone";

export const OUTREACH_SOURCES = ["MAHALLA", "POLYCLINIC", "INSON_CENTRE", "SELF", "OTHER"] as const;
export const VISIT_OUTCOMES = ["AGREED", "THINKING", "DECLINED"] as const;
export const WORK_RECOMMENDATION = ["yes", "no", "unknown"] as const;
const TEXT_MAX = 500;

export const optionalText = z.string().trim().max(TEXT_MAX, "caseload.errors.tooLong").optional();
// A date typed into <input type="date"> (YYYY-MM-DD); without JavaScript older browsers show a text box.
export const dayField = z
  .string({ error: "caseload.errors.dateRequired" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "caseload.errors.dateInvalid")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "caseload.errors.dateInvalid");

/** A person the mahalla, a polyclinic or the INSON centre named, as the social worker writes them down. */
export const ContactSchema = z.object({
  name: z
    .string({ error: "caseload.errors.nameRequired" })
    .trim()
    .min(2, "caseload.errors.nameRequired")
    .max(120, "caseload.errors.tooLong"),
  phone: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || normalizePhone(value) !== null, "caseload.errors.phoneInvalid"),
  districtId: z.string({ error: "caseload.errors.districtRequired" }).min(1, "caseload.errors.districtRequired"),
  mahallaId: z.string().optional(),
  source: z.enum(OUTREACH_SOURCES, { error: "caseload.errors.sourceRequired" }),
  sourceNote: optionalText,
  workRecommended: z.enum(WORK_RECOMMENDATION).default("unknown"),
});

export const PlanVisitSchema = z.object({ plannedOn: dayField });

/** What happened at the visit; a refusal keeps its reason, because the person is kept, not deleted. */
export const RecordVisitSchema = z
  .object({
    doneOn: dayField,
    present: optionalText,
    outcome: z.enum(VISIT_OUTCOMES, { error: "caseload.errors.outcomeRequired" }),
    declineReason: optionalText,
  })
  .refine((value) => value.outcome !== "DECLINED" || Boolean(value.declineReason), {
    message: "caseload.errors.reasonRequired",
    path: ["declineReason"],
  });

export type ContactInput = z.infer<typeof ContactSchema>;
export type RecordVisitInput = z.infer<typeof RecordVisitSchema>;

/** The date a form sent, as the UTC midnight a @db.Date column holds. */
export const dayOf = (value: string) => new Date(`${value}T00:00:00Z`);
