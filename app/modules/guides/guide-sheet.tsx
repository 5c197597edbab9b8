import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LEARNING_STEPS, type LearningStep } from "~/modules/onboarding/checklist-steps";
import { GUIDES, guideSlug } from "./guides";

/** One easy-read page: what it is for, short numbered steps in big type, and who can help. */
export function GuideSheet({ step }: { step: LearningStep }) {
  const { t } = useTranslation();
  return (
    <article aria-labelledby="guide-title" className="guide flex flex-col gap-6">
      <p className="guide-kicker text-lg">{t("guides.kicker")}</p>
      <h1 id="guide-title" className="text-4xl">
        {t(`guides.${step}.title`)}
      </h1>
      <p className="text-2xl">{t(`guides.${step}.intro`)}</p>
      <ol className="guide-steps list-decimal pl-10 flex flex-col gap-5 text-2xl leading-snug break-words">
        {GUIDES[step].map((line, i) => (
          <li key={i} className="pl-2">
            {t(`guides.${step}.steps.${i + 1}`, line.label ? { label: t(line.label) } : undefined)}
          </li>
        ))}
      </ol>
      <p className="guide-help text-2xl">{t("guides.help")}</p>
    </article>
  );
}

/** The other guides, on screen only. */
export function OtherGuides({ step }: { step: LearningStep }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("guides.others")} className="no-print flex flex-col gap-2">
      <h2 className="text-xl">{t("guides.others")}</h2>
      <ul className="flex flex-col gap-1">
        {LEARNING_STEPS.filter((other) => other !== step).map((other) => (
          <li key={other}>
            <Link to={`/guides/${guideSlug(other)}`} className="inline-flex min-h-11 items-center underline">
              {t(`guides.${other}.title`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
