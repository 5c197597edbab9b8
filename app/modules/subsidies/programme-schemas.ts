import { z } from "zod";
import { threeNames } from "~/modules/calendar/holiday-schema";
import { dayField } from "~/modules/outreach/schemas";
import { wholeNumber } from "~/utils/number-fields";

// Messages are locale keys (app/locales/*/admin.json, caseload.json for dates): the form translates them.

/** "SELF-EMPLOYED-2026": capitals, digits and hyphens, typed in any case. */
const code = z
  .string({ error: "admin.errors.codeInvalid" })
  .trim()
  .transform((text) => text.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, "admin.errors.codeInvalid"));

/** "1", "1.5" or "2,25" (a decimal comma, as Uzbek and Russian write it): two places, as the column keeps it. */
const multiple = z
  .string({ error: "admin.errors.multipleInvalid" })
  .transform((text) => text.replace(/[\s\u00a0]/g, "").replace(",", "."))
  .pipe(z.string().regex(/^\d{1,4}(\.\d{1,2})?$/, "admin.errors.multipleInvalid"))
  .transform((text) => Number(text).toFixed(2))
  .refine((value) => Number(value) > 0, "admin.errors.multipleInvalid");

const optionalName = z.string().trim().max(200, "admin.errors.tooLong").optional();
const NAME_FIELDS = ["nameUz", "nameRu", "nameEn"] as const;

/**
 * One row of the checklist form: an existing document (id), or an empty row to add one. A row
 * with nothing typed is ignored; a row marked "remove" goes; any other needs its three names.
 */
const DocumentRow = z
  .object({
    id: z.string().optional(),
    position: wholeNumber(1, 99, "admin.errors.positionInvalid").optional(),
    nameUz: optionalName,
    nameRu: optionalName,
    nameEn: optionalName,
    remove: z.boolean().optional(),
  })
  .superRefine((row, ctx) => {
    if (row.remove || !isFilled(row)) return;
    for (const field of NAME_FIELDS)
      if (!row[field]) ctx.addIssue({ code: "custom", path: [field], message: "admin.errors.nameRequired" });
  });
type DocumentRowValue = z.output<typeof DocumentRow>;

const isFilled = (row: DocumentRowValue) => Boolean(row.id || NAME_FIELDS.some((field) => row[field]));

export type ProgrammeDocumentInput = { id?: string; nameUz: string; nameRu: string; nameEn: string };

/**
 * The checklist as it should stand, in order: rows kept, sorted by the number typed beside them
 * (a row without one goes last; equal numbers keep the form's order). Rows left out are removed.
 */
export function checklistOf(rows: readonly DocumentRowValue[]): ProgrammeDocumentInput[] {
  return rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !row.remove && isFilled(row))
    .sort((a, b) => (a.row.position ?? Infinity) - (b.row.position ?? Infinity) || a.index - b.index)
    .map(({ row }) => ({
      ...(row.id ? { id: row.id } : {}),
      nameUz: row.nameUz ?? "",
      nameRu: row.nameRu ?? "",
      nameEn: row.nameEn ?? "",
    }));
}

export const DECISION_DAYS_DEFAULT = 3;
export const PAYMENT_WORKING_DAYS_DEFAULT = 3;
const MAX_DOCUMENTS = 30;

/** A programme with its deadlines and its document checklist. */
export const ProgrammeSchema = z
  .object({
    code,
    ...threeNames,
    bcaMultiple: multiple,
    startsOn: dayField,
    endsOn: dayField.optional(),
    decisionDays: wholeNumber(1, 60, "admin.errors.daysInvalid"),
    paymentWorkingDays: wholeNumber(1, 60, "admin.errors.daysInvalid"),
    documents: z
      .array(DocumentRow)
      .max(MAX_DOCUMENTS, "admin.errors.tooManyDocuments")
      .default([])
      .transform(checklistOf),
  })
  .refine((value) => !value.endsOn || value.endsOn >= value.startsOn, {
    message: "admin.errors.endsBeforeStart",
    path: ["endsOn"],
  });
export type ProgrammeInput = z.output<typeof ProgrammeSchema>;

/** A new base calculation amount: whole soʻm (it is 412 000 in 2025), from a day. */
export const BcaSchema = z.object({
  amountSom: wholeNumber(1, 100_000_000, "admin.errors.amountInvalid"),
  effectiveFrom: dayField,
});
export type BcaInput = z.infer<typeof BcaSchema>;
