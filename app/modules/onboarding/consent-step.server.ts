import type { ConsentPurpose } from "~/generated/prisma/enums";
import { consentStates } from "~/modules/consent/consent-state";
import { CONSENT_PURPOSES, purposeSlug } from "~/modules/consent/purposes";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import type { Db } from "~/utils/db.server";
import { createI18n } from "~/utils/i18n/i18n.server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";

/** The easy-read words of one purpose in a language: what the artisan hears or reads before answering. */
export function consentTexts(purpose: ConsentPurpose, locale: Locale) {
  const { t } = createI18n(locale);
  const key = `consent.purpose.${purpose}`;
  return {
    name: t(`${key}.name`),
    what: t(`${key}.what`),
    means: t(`${key}.means`),
    stops: t(`${key}.stops`),
    canWithdraw: t("consent.canWithdraw"),
  };
}

/**
 * One consent page of the home visit: the purpose's words in the artisan's own language (which
 * may differ from the worker's page), where it stands, and which purpose comes next.
 */
export async function consentStep(
  db: Db,
  workerId: string,
  artisanId: string,
  purpose: ConsentPurpose,
  locale: Locale,
) {
  const row = await db.artisanProfile.findFirst({
    where: { id: artisanId, ...artisanInStaffDistricts(workerId) },
    select: {
      displayName: true,
      user: { select: { locale: true } },
      consents: { where: { purpose }, select: { purpose: true, givenAt: true, revokedAt: true } },
      consentRefusals: { where: { purpose }, select: { purpose: true, refusedAt: true } },
    },
  });
  if (!row) return null;
  const artisanLocale = isLocale(row.user.locale) ? row.user.locale : DEFAULT_LOCALE;
  const index = CONSENT_PURPOSES.indexOf(purpose as (typeof CONSENT_PURPOSES)[number]);
  const next = CONSENT_PURPOSES[index + 1];
  return {
    name: uzbekText(row.displayName, locale),
    artisanLocale,
    texts: consentTexts(purpose, artisanLocale),
    state: consentStates([purpose], row.consents, row.consentRefusals)[purpose],
    number: index + 1,
    count: CONSENT_PURPOSES.length,
    next: next ? purposeSlug(next) : null,
  };
}
