import { z } from "zod";

// Why a badge request goes back to the social worker, or a granted badge is taken away. One list of
// codes (the texts are badges.reason.<CODE>, which notices read too); each form offers its subset.
export const BADGE_REASONS = [
  "EVIDENCE_UNCLEAR",
  "EVIDENCE_EXPIRED",
  "CONSENT_MISSING",
  "WRONG_PERSON",
  "EVIDENCE_INVALID",
  "CONSENT_WITHDRAWN",
  "MISUSE",
  "OTHER",
] as const;
export type BadgeReason = (typeof BADGE_REASONS)[number];

export const SEND_BACK_REASONS = [
  "EVIDENCE_UNCLEAR",
  "EVIDENCE_EXPIRED",
  "CONSENT_MISSING",
  "WRONG_PERSON",
  "OTHER",
] as const satisfies readonly BadgeReason[];
export const REVOKE_REASONS = [
  "EVIDENCE_INVALID",
  "CONSENT_WITHDRAWN",
  "MISUSE",
  "OTHER",
] as const satisfies readonly BadgeReason[];

export const REASON_TEXT_MAX = 1000;

/** A reason from the list, and words; "OTHER" needs the words, because the person must know what happened. */
function reasonSchema<const C extends readonly [BadgeReason, ...BadgeReason[]]>(codes: C) {
  return z
    .object({
      reasonCode: z.enum(codes, { error: "badges.errors.reasonRequired" }),
      text: z.string().trim().max(REASON_TEXT_MAX, "badges.errors.textTooLong").optional(),
    })
    .refine((value) => value.reasonCode !== "OTHER" || Boolean(value.text), {
      message: "badges.errors.textRequired",
      path: ["text"],
    });
}

export const SendBackSchema = reasonSchema(SEND_BACK_REASONS);
export const RevokeSchema = reasonSchema(REVOKE_REASONS);
/** Approving asks nothing more than the button; a schema all the same, so its refusals show like the others'. */
export const GrantSchema = z.object({});

export type SendBackInput = z.infer<typeof SendBackSchema>;
export type RevokeInput = z.infer<typeof RevokeSchema>;
