import { z } from "zod";

export const CERTIFICATE_KINDS = ["CONFORMITY", "HALLMARK", "HYGIENE", "ORIGIN", "OTHER"] as const;
export type CertificateKindCode = (typeof CERTIFICATE_KINDS)[number];

const TEXT_MAX = 200;
export const WORDS_MAX = 2000;

const required = (max: number) =>
  z
    .string({ error: "certificates.errors.required" })
    .trim()
    .min(1, "certificates.errors.required")
    .max(max, "certificates.errors.tooLong");

// A date typed into <input type="date"> (YYYY-MM-DD); without JavaScript older browsers show a text box.
const day = z
  .string({ error: "certificates.errors.dateRequired" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "certificates.errors.dateInvalid")
  // A real day of the calendar: "2026-02-31" would otherwise be read as 3 March.
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "certificates.errors.dateInvalid");

/** What the artisan types about a certificate (the file travels beside it, checked on its own). */
export const CertificateSchema = z
  .object({
    kind: z.enum(CERTIFICATE_KINDS, { error: "certificates.errors.kindRequired" }),
    kindOther: z.string().trim().max(TEXT_MAX, "certificates.errors.tooLong").optional(),
    issuer: required(TEXT_MAX),
    number: required(100),
    issuedOn: day,
    expiresOn: day.optional(),
  })
  .refine((value) => value.kind !== "OTHER" || Boolean(value.kindOther), {
    message: "certificates.errors.kindOtherRequired",
    path: ["kindOther"],
  })
  .refine((value) => !value.expiresOn || value.expiresOn >= value.issuedOn, {
    message: "certificates.errors.expiresBeforeIssued",
    path: ["expiresOn"],
  });
export type CertificateInput = z.infer<typeof CertificateSchema>;

/** The listings a certificate covers: the checked boxes (none is allowed: unlinks them all). */
export const LinkSchema = z.object({ listingIds: z.array(z.string().max(60)).max(500).default([]) });

export const SendBackSchema = z.object({ reason: required(WORDS_MAX) });
export const QuestionSchema = z.object({ question: required(WORDS_MAX) });
export const AnswerSchema = z.object({ answer: required(WORDS_MAX) });
