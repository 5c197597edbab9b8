import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Locale } from "~/utils/i18n/locales";
import { formatDate } from "~/utils/format";
import type { OutreachStage } from "./stage";

type Person = {
  id: string;
  name: string;
  phone: string | null;
  place: string;
  stage: OutreachStage;
  visitOn: string | null;
};

/** The people of the caseload, each a card: name (to their page), place, stage in words, the visit due. */
export function OutreachList({ people }: { people: Person[] }) {
  const { t, i18n } = useTranslation();
  if (people.length === 0) return <p>{t("caseload.empty")}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {people.map((person) => (
        <li key={person.id} className="card p-4 flex flex-col gap-1">
          <h3 className="text-lg">
            <Link to={`/caseload/outreach/${person.id}`}>{person.name}</Link>
          </h3>
          <p>{person.place}</p>
          <p className="font-semibold">{t(`caseload.stage.${person.stage}`)}</p>
          {person.visitOn ? (
            <p>{t("caseload.visitOn", { date: formatDate(person.visitOn, i18n.language as Locale) })}</p>
          ) : null}
          {person.phone ? (
            <p>
              <a href={`tel:${person.phone}`}>{person.phone}</a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
