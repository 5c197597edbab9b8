import { dayOrNull } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import type { CertificateKindCode } from "./schemas";

export type CertificateStatusCode = "PENDING" | "VERIFIED" | "RETURNED";
/** Where a certificate's end date stands on a Tashkent day: none, far, within 30 days, or past. */
export type ValidityCode = "noEnd" | "valid" | "expiresSoon" | "expired";

export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

export function validityOn(expiresOn: Date | null, today: Date): ValidityCode {
  if (!expiresOn) return "noEnd";
  if (expiresOn < today) return "expired";
  return expiresOn.getTime() - today.getTime() <= EXPIRY_WARNING_DAYS * DAY_MS ? "expiresSoon" : "valid";
}

/** What is written on a certificate, as anyone allowed to see it reads it (never its file). */
export type CertificateText = {
  kind: CertificateKindCode;
  kindOther: string | null;
  issuer: string;
  number: string;
  issuedOn: string;
  expiresOn: string | null;
};

type TextRow = Omit<CertificateText, "issuedOn" | "expiresOn"> & { issuedOn: Date; expiresOn: Date | null };

/** Typed Uzbek text in the reader's script, days as "YYYY-MM-DD" (plain values, so a loader's JSON carries them). */
export function certificateText(row: TextRow, locale: Locale): CertificateText {
  return {
    kind: row.kind,
    kindOther: row.kindOther && uzbekText(row.kindOther, locale),
    issuer: uzbekText(row.issuer, locale),
    number: row.number,
    issuedOn: dayOrNull(row.issuedOn)!,
    expiresOn: dayOrNull(row.expiresOn),
  };
}

/** The facts of a certificate a page shows. */
export type CertificateFacts = CertificateText & {
  id: string;
  status: CertificateStatusCode;
  validity: ValidityCode;
  returnReason: string | null;
  fileType: string;
};
