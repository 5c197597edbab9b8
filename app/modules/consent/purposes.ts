import type { ConsentPurpose } from "~/generated/prisma/enums";

/**
 * The purposes an artisan is asked about, in the order the home visit asks them. Each has its
 * easy-read texts at consent.purpose.<PURPOSE>.* (name, what, means, stops) in app/locales.
 */
export const CONSENT_PURPOSES = [
  "PUBLIC_PROFILE_BADGE",
  "ADDRESS_TO_COURIER",
  "SUBSIDY_APPLICATION",
  "ASSISTED_MODE",
  "CASE_RECORDS",
] as const satisfies readonly ConsentPurpose[];

/** A purpose as it appears in a URL ("public-profile-badge"), and back. */
export const purposeSlug = (purpose: ConsentPurpose) => purpose.toLowerCase().replaceAll("_", "-");

export function purposeFromSlug(slug: string | undefined): ConsentPurpose | null {
  return CONSENT_PURPOSES.find((purpose) => purposeSlug(purpose) === slug) ?? null;
}
