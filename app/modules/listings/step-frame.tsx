import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { previousStep, STEPS, stepNumber, type Step } from "./steps";

/**
 * One step of the guided form: where the artisan is ("Step 2 of 6"), the question as the page's
 * heading, and a way back to the step before. The moderator's reason stays in view while editing.
 */
export function StepFrame({
  listingId,
  step,
  rejectionReason,
  children,
}: {
  listingId: string;
  step: Step;
  rejectionReason?: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const back = previousStep(step);
  return (
    <section aria-labelledby="step-title" className="max-w-2xl flex flex-col gap-4">
      <p className="text-[var(--color-muted)]">
        {t("studio.progress", { step: stepNumber(step), total: STEPS.length })}
      </p>
      <progress max={STEPS.length} value={stepNumber(step)} aria-hidden="true" className="w-full" />
      <h1 id="step-title" className="text-3xl">
        {t(`studio.steps.${step}.title`)}
      </h1>
      <p>{t(`studio.steps.${step}.intro`)}</p>
      {rejectionReason ? <p className="card p-4">{t("studio.rejectedBecause", { reason: rejectionReason })}</p> : null}
      {children}
      <nav aria-label={t("studio.stepsNav")} className="flex flex-wrap gap-2">
        {back ? (
          <Link to={`/studio/listings/${listingId}/${back}`} className="btn btn-quiet">
            {t("studio.back")}
          </Link>
        ) : null}
        <Link to="/studio" className="btn btn-quiet">
          {t("studio.saveForLater")}
        </Link>
      </nav>
    </section>
  );
}
