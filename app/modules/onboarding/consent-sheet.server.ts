import { CONSENT_PURPOSES } from "~/modules/consent/purposes";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import type { Db } from "~/utils/db.server";
import { createI18n } from "~/utils/i18n/i18n.server";
import { formatDate } from "~/utils/format";
import { DEFAULT_LOCALE, isLocale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import { consentTexts } from "./consent-step.server";
import { consentStates } from "./consents.server";

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
        orderBy: { givenAt: "desc" },
        select: {
          purpose: true,
          givenAt: true,
          revokedAt: true,
          secondWitnessName: true,
          witness: { select: { name: true } },
        },
      },
      consentRefusals: {
        orderBy: { refusedAt: "desc" },
        select: { purpose: true, refusedAt: true, secondWitnessName: true },
      },
    },
  });
  if (!row) return null;
  const lang = isLocale(row.user.locale) ? row.user.locale : DEFAULT_LOCALE;
  const states = consentStates(CONSENT_PURPOSES, row.consents, row.consentRefusals);
  // Written in the artisan's language, whatever the worker's page language is.
  const { t } = createI18n(lang);
  return {
    lang,
    title: t("onboarding.sheet.title", { name: uzbekText(row.displayName, lang) }),
    canWithdraw: t("consent.canWithdraw"),
    signLines: [t("onboarding.sheet.signArtisan"), t("onboarding.sheet.signWorker"), t("onboarding.sheet.signSecond")],
    purposes: CONSENT_PURPOSES.map((purpose) => {
      const consent = row.consents.find((c) => c.purpose === purpose);
      const refusal = row.consentRefusals.find((r) => r.purpose === purpose);
      const state = states[purpose];
      const answered = state === "refused" ? refusal : consent;
      const on = state === "refused" ? refusal?.refusedAt : consent?.givenAt;
      const witness = consent?.witness && state !== "refused" ? consent.witness.name : null;
      const answer = [
        t(`onboarding.consentState.${state}`),
        on && state !== "notAsked" ? formatDate(on, lang) : null,
        witness ? t("onboarding.sheet.witness", { name: uzbekText(witness, lang) }) : null,
        answered?.secondWitnessName
          ? t("onboarding.sheet.secondWitness", { name: uzbekText(answered.secondWitnessName, lang) })
          : null,
      ];
      return { purpose, texts: consentTexts(purpose, lang), answer: answer.filter(Boolean).join(" · ") };
    }),
  };
}
