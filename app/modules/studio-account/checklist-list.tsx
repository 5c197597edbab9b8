import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { guideSlug } from "~/modules/guides/guides";
import type { ChecklistName, LearningStep } from "~/modules/onboarding/checklist-steps";
import { formatDate } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import type { ChecklistEntry } from "./checklists.server";

/** One checklist: each step in plain words, done or waiting, when and with whose help; a learning step links to its guide. */
export function ChecklistList({ name, entries }: { name: ChecklistName; entries: ChecklistEntry[] }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  return (
    <section aria-labelledby={`checklist-${name}`} className="flex flex-col gap-3">
      <h2 id={`checklist-${name}`} className="text-2xl">
        {t(`checklist.title.${name}`)}
      </h2>
      <ol className="flex flex-col gap-3">
        {entries.map((entry) => (
          <li key={entry.step} className="card p-4 flex flex-col gap-1">
            <h3 className="text-xl">{t(`checklist.step.${entry.step}.name`)}</h3>
            <p>
              <strong>{t(`checklist.status.${entry.done ? "DONE" : "WAITING"}`)}</strong>
              {entry.doneOn ? ` — ${formatDate(entry.doneOn, locale)}` : null}
            </p>
            <p>{t(`checklist.step.${entry.step}.plain`)}</p>
            {entry.helper ? <p>{t("studioAccount.checklists.helpedBy", { name: entry.helper })}</p> : null}
            {entry.detail.registrationNumber ? (
              <p>{t("studioAccount.checklists.registration", { number: entry.detail.registrationNumber })}</p>
            ) : null}
            {entry.detail.bank ? <p>{t("studioAccount.checklists.bank", { bank: entry.detail.bank })}</p> : null}
            {entry.detail.cardLast4 ? (
              <p>{t("studioAccount.checklists.cardEnds", { last4: entry.detail.cardLast4 })}</p>
            ) : null}
            {name === "learning" ? (
              <Link
                to={`/guides/${guideSlug(entry.step as LearningStep)}`}
                className="inline-flex min-h-11 items-center underline self-start"
              >
                {t("studioAccount.checklists.guide")}
                <span className="visually-hidden">: {t(`checklist.step.${entry.step}.name`)}</span>
              </Link>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
