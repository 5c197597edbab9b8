import { useTranslation } from "react-i18next";
import { isLocale } from "~/utils/i18n/locales";
import { formatDateTime } from "~/utils/format";
import type { DoneEntry } from "./done-for-me.server";

/** The "what was done for me" rows: when, who (name and role in words), what (in plain words). */
export function DoneForMeTable({ entries }: { entries: DoneEntry[] }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  return (
    <table className="table-stack w-full text-left border-collapse">
      <caption className="visually-hidden">{t("assisted.doneForMe.title")}</caption>
      <thead>
        <tr className="border-b-2 border-[var(--color-line)]">
          <th scope="col" className="py-2 pr-4">
            {t("assisted.doneForMe.when")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("assisted.doneForMe.who")}
          </th>
          <th scope="col" className="py-2">
            {t("assisted.doneForMe.what")}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} className="border-b border-[var(--color-line)] align-top">
            <td data-label={t("assisted.doneForMe.when")} className="py-2 pr-4 md:whitespace-nowrap">
              <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
            </td>
            <td data-label={t("assisted.doneForMe.who")} className="py-2 pr-4">
              {entry.role
                ? t("assisted.doneForMe.whoWithRole", {
                    name: entry.who,
                    role: t(`assisted.doneForMe.role.${entry.role}`),
                  })
                : entry.who}
            </td>
            <td data-label={t("assisted.doneForMe.what")} className="py-2">
              {t(`assisted.doneForMe.action.${entry.word}`, {
                title: entry.title ?? t("studio.untitled"),
                number: entry.number ?? "",
                count: entry.count,
              })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
