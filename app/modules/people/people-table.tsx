import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PersonRow } from "./search.server";

/** The search results: name (a link to the person), roles, districts, status. Stacks into blocks on a phone. */
export function PeopleTable({ people }: { people: PersonRow[] }) {
  const { t } = useTranslation();
  const label = {
    name: t("people.list.name"),
    roles: t("people.list.roles"),
    districts: t("people.list.districts"),
    status: t("people.list.status"),
  };
  return (
    <table className="table-stack w-full text-left border-collapse">
      <caption className="visually-hidden">{t("people.list.caption")}</caption>
      <thead>
        <tr className="border-b-2 border-[var(--color-line)]">
          {Object.values(label).map((text) => (
            <th key={text} scope="col" className="py-2 pr-4">
              {text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr key={person.id} className="border-b border-[var(--color-line)] align-top">
            <td data-label={label.name} className="py-2 pr-4">
              <Link to={`/admin/people/${person.id}`} className="inline-flex min-h-11 items-center">
                {person.name}
              </Link>
            </td>
            <td data-label={label.roles} className="py-2 pr-4">
              {person.roles.map((role) => t(`roles.${role}`)).join(", ")}
            </td>
            <td data-label={label.districts} className="py-2 pr-4">
              {person.districts.join(", ") || "—"}
            </td>
            <td data-label={label.status} className="py-2">
              {person.active ? t("people.status.active") : t("people.status.deactivated")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
