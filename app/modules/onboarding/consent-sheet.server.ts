import { consentStanding } from "~/modules/consent/consent-state";
import { CONSENT_PURPOSES } from "~/modules/consent/purposes";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import type { Db } from "~/utils/db.server";
import { createI18n } from "~/utils/i18n/i18n.server";
import { formatDate } from "~/utils/format";
import { DEFAULT_LOCALE, isLocale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import { consentTexts } from "./consent-step.server";

/**
 * The printable consent sheet: every purpose's words in the artisan's language, the answer given
 * at the visit with its date and witnesses, and lines for the signatures.
 */
export async function consentSheet(db: Db, workerId: string, artisanId: string) {
  const row = await db.artisanProfile.findFirst({
    where: { id: artisanId, ...artisanInStaffDistricts(workerId) },
    select: {
      displayName: true,
      user: { select: { locale: true } },
      consents: {
        select: {
          purpose: true,
          givenAt: true,
          revokedAt: true,
          secondWitnessName: true,
          witness: { select: { name: true } },
        },
      },
      consentRefusals: { select: { purpose: true, refusedAt: true, secondWitnessName: true } },
    },
  });
  if (!row) return null;
  const lang = isLocale(row.user.locale) ? row.user.locale : DEFAULT_LOCALE;
  // Written in the artisan's language, whatever the worker's page language is.
  const { t } = createI18n(lang);
  return {
    lang,
    title: t("onboarding.sheet.title", { name: uzbekText(row.displayName, lang) }),
    canWithdraw: t("consent.canWithdraw"),
    signLines: [t("onboarding.sheet.signArtisan"), t("onboarding.sheet.signWorker"), t("onboarding.sheet.signSecond")],
    purposes: CONSENT_PURPOSES.map((purpose) => {
      const standing = consentStanding(purpose, row.consents, row.consentRefusals);
      const consent = "consent" in standing ? standing.consent : null;
      const refusal = "refusal" in standing ? standing.refusal : null;
      // The sheet records the answers of visits: a consent withdrawn since keeps the day it was given.
      const on = consent?.givenAt ?? refusal?.refusedAt;
      const witness = consent?.witness?.name;
      const secondWitness = (consent ?? refusal)?.secondWitnessName;
      const answer = [
        t(`onboarding.consentState.${standing.state}`),
        on ? formatDate(on, lang) : null,
        witness ? t("onboarding.sheet.witness", { name: uzbekText(witness, lang) }) : null,
        secondWitness ? t("onboarding.sheet.secondWitness", { name: uzbekText(secondWitness, lang) }) : null,
      ];
      return { purpose, texts: consentTexts(purpose, lang), answer: answer.filter(Boolean).join(" · ") };
    }),
  };
}
