import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { guideSlug } from "~/modules/guides/guides";
import type { ChecklistName, LearningStep } from "~/modules/onboarding/checklist-steps";
import type { ChecklistRow } from "~/modules/onboarding/checklist-view.server";
import { formatDate } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";

/**
 * One checklist: each step in plain words, done or waiting (a step not saved yet is waiting),
 * when and with whose help; a learning step links to its guide. The bank is kept as typed, so it
 * is put in the page's script here.
 */
export function ChecklistList({ name, entries }: { name: ChecklistName; entries: ChecklistRow[] }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  return (
    <section aria-labelledby={`checklist-${name}`} className="flex flex-col gap-3">
      <h2 id={`checklist-${name}`} className="text-2xl">
        {t(`checklist.title.${name}`)}
      </h2>
      <ol className="flex flex-col gap-3">
        {entries.map((entry) => {
          const done = entry.status === "DONE";
          return (
            <li key={entry.step} className="card p-4 flex flex-col gap-1">
              <h3 className="text-xl">{t(`checklist.step.${entry.step}.name`)}</h3>
              <p>
                <strong>{t(`checklist.status.${done ? "DONE" : "WAITING"}`)}</strong>
                {done && entry.doneOn ? ` — ${formatDate(entry.doneOn, locale)}` : null}
              </p>
              <p>{t(`checklist.step.${entry.step}.plain`)}</p>
              {entry.helpedBy ? <p>{t("studioAccount.checklists.helpedBy", { name: entry.helpedBy })}</p> : null}
              {entry.detail.registrationNumber ? (
                <p>{t("studioAccount.checklists.registration", { number: entry.detail.registrationNumber })}</p>
              ) : null}
              {entry.detail.bank ? (
                <p>{t("studioAccount.checklists.bank", { bank: uzbekText(entry.detail.bank, locale) })}</p>
              ) : null}
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
          );
        })}
      </ol>
    </section>
  );
}
