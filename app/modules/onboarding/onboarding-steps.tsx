import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { purposeSlug } from "~/modules/consent/purposes";
import { formatDate } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import type { OnboardingArtisan } from "./artisan.server";
import { LEARNING_STEPS, SELF_EMPLOYED_STEPS } from "./checklist-steps";

/** The eight steps of onboarding, each with where it stands and the page that does it; resumable at any step. */
export function OnboardingSteps({ artisan }: { artisan: OnboardingArtisan }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const base = `/caseload/artisans/${encodeURIComponent(artisan.id)}`;
  const nextConsent = artisan.consents.find((c) => c.state === "notAsked") ?? artisan.consents[0]!;
  const evidence = artisan.evidence;
  const step = (n: number, title: string, state: string, to?: string, action?: string) => (
    <li className="card p-4 flex flex-col gap-1">
      <h3 className="text-lg">{t("onboarding.overview.step", { n, title })}</h3>
      <p>{state}</p>
      {to ? (
        <Link to={to} className="btn btn-secondary self-start">
          {action}
        </Link>
      ) : null}
    </li>
  );
  return (
    <ol className="flex flex-col gap-3" aria-label={t("onboarding.overview.steps")}>
      {step(1, t("onboarding.person.title"), t("onboarding.overview.personDone", { place: artisan.place }))}
      <li className="card p-4 flex flex-col gap-2">
        <h3 className="text-lg">{t("onboarding.overview.step", { n: 2, title: t("onboarding.consent.title") })}</h3>
        <ul>
          {artisan.consents.map((c) => (
            <li key={c.purpose}>
              <Link to={`${base}/consents/${purposeSlug(c.purpose)}`}>{t(`consent.purpose.${c.purpose}.name`)}</Link>
              {": "}
              {t(`onboarding.consentState.${c.state}`)}
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap gap-2">
          <Link to={`${base}/consents/${purposeSlug(nextConsent.purpose)}`} className="btn btn-secondary">
            {t("onboarding.overview.askConsents")}
          </Link>
          <Link to={`${base}/consent-sheet`} className="btn btn-secondary">
            {t("onboarding.overview.printConsents")}
          </Link>
        </div>
      </li>
      <li className="card p-4 flex flex-col gap-2">
        <h3 className="text-lg">{t("onboarding.overview.step", { n: 3, title: t("onboarding.evidence.title") })}</h3>
        <p>
          {evidence
            ? t("onboarding.overview.evidenceDone", {
                by: evidence.attestedBy,
                on: formatDate(evidence.attestedAt, locale),
                until: evidence.validUntil ? formatDate(evidence.validUntil, locale) : t("onboarding.evidence.noEnd"),
              })
            : t("onboarding.overview.evidenceMissing")}
        </p>
        {evidence?.waitsForCountersign ? <p>{t("onboarding.overview.waitsForCountersign")}</p> : null}
        {evidence?.countersignedBy ? (
          <p>{t("onboarding.overview.countersignedBy", { name: evidence.countersignedBy })}</p>
        ) : null}
        {evidence?.waitsForCountersign && evidence.mayCountersign ? (
          <Form method="post">
            <button type="submit" name="intent" value="countersign" className="btn btn-primary">
              {t("onboarding.overview.countersign")}
            </button>
          </Form>
        ) : null}
        <Link to={`${base}/evidence`} className="btn btn-secondary self-start">
          {t(evidence ? "onboarding.overview.newEvidence" : "onboarding.overview.recordEvidence")}
        </Link>
      </li>
      {step(
        4,
        t("onboarding.overview.account"),
        t("onboarding.overview.login", { phone: artisan.phone ?? "" }),
        `${base}/account`,
        t("onboarding.overview.openAccount"),
      )}
      {step(
        5,
        t("onboarding.overview.helper"),
        t("onboarding.overview.helpers", { count: artisan.helpers }),
        `${base}/helper`,
        t("onboarding.overview.openHelper"),
      )}
      {step(
        6,
        t("checklist.title.selfEmployed"),
        t("onboarding.overview.stepsDone", {
          done: artisan.checklists.selfEmployed,
          count: SELF_EMPLOYED_STEPS.length,
        }),
        `${base}/checklists#self-employed`,
        t("onboarding.overview.openChecklist"),
      )}
      {step(
        7,
        t("checklist.title.learning"),
        t("onboarding.overview.stepsDone", { done: artisan.checklists.learning, count: LEARNING_STEPS.length }),
        `${base}/checklists#learning`,
        t("onboarding.overview.openChecklist"),
      )}
    </ol>
  );
}
