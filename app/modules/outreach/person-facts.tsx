import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import type { LocalText } from "~/utils/i18n/localized";
import type { outreachContact } from "./caseload.server";

type Person = NonNullable<Awaited<ReturnType<typeof outreachContact>>>;

/** Who the person is and how they came to the list, then every visit in order. */
export function PersonFacts({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const date = (day: string) => formatDate(day, i18n.language as Locale);
  const work = person.workRecommended === null ? "unknown" : person.workRecommended ? "yes" : "no";
  return (
    <>
      <dl className="card p-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("caseload.person.stage")}</dt>
        <dd>{t(`caseload.stage.${person.stage}`)}</dd>
        <dt className="font-semibold">{t("caseload.person.place")}</dt>
        <dd>{[person.district, person.mahalla].filter(Boolean).join(", ")}</dd>
        {person.phone ? (
          <>
            <dt className="font-semibold">{t("caseload.person.phone")}</dt>
            <dd>
              <a href={`tel:${person.phone}`}>{person.phone}</a>
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("caseload.person.source")}</dt>
        <dd>
          {t(`caseload.source.${person.source}`)}
          {person.sourceNote ? (
            <>
              {": "}
              <span lang={person.sourceNote.lang}>{person.sourceNote.text}</span>
            </>
          ) : null}
        </dd>
        <dt className="font-semibold">{t("caseload.person.work")}</dt>
        <dd>{t(`caseload.work.${work}`)}</dd>
      </dl>
      <section aria-labelledby="visits-title" className="flex flex-col gap-2">
        <h2 id="visits-title" className="text-xl">
          {t("caseload.person.visits")}
        </h2>
        {person.visits.length === 0 ? <p>{t("caseload.person.noVisits")}</p> : null}
        <ol className="flex flex-col gap-2">
          {person.visits.map((visit) => (
            <li key={visit.id} className="card p-3 flex flex-col gap-1">
              <p className="font-semibold">
                {visit.doneOn
                  ? t("caseload.person.done", { date: date(visit.doneOn) })
                  : t("caseload.person.planned", { date: date(visit.plannedOn) })}
              </p>
              {visit.outcome ? <p>{t(`caseload.outcome.${visit.outcome}`)}</p> : null}
              {visit.present ? <Labelled label={t("caseload.person.present")} text={visit.present} /> : null}
              {visit.declineReason ? <Labelled label={t("caseload.person.reason")} text={visit.declineReason} /> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** "Present: onasi": the label in the page's language, the note in its own (its lang attribute). */
function Labelled({ label, text }: { label: string; text: LocalText }) {
  return (
    <p>
      {label} <span lang={text.lang}>{text.text}</span>
    </p>
  );
}
