import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import type { DataRead } from "./data-reads.server";

/** Each read of the artisan's sealed data: when, who (name and role), why, and which data, in plain words. */
export function DataReadsTable({ reads }: { reads: DataRead[] }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  const heads = ["when", "who", "why", "what"] as const;
  const label = (head: (typeof heads)[number]) => t(`studioAccount.dataReads.${head}`);
  return (
    <table className="table-stack w-full text-left border-collapse">
      <caption className="visually-hidden">{t("studioAccount.dataReads.title")}</caption>
      <thead>
        <tr className="border-b-2 border-[var(--color-line)]">
          {heads.map((head) => (
            <th key={head} scope="col" className="py-2 pr-4">
              {label(head)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {reads.map((read) => (
          <tr key={read.id} className="border-b border-[var(--color-line)] align-top">
            <td data-label={label("when")} className="py-2 pr-4 md:whitespace-nowrap">
              <time dateTime={read.at}>{formatDateTime(read.at, locale)}</time>
            </td>
            <td data-label={label("who")} className="py-2 pr-4">
              {read.role
                ? t("studioAccount.dataReads.whoWithRole", { name: read.who, role: t(`roles.${read.role}`) })
                : read.who || t("studioAccount.dataReads.unknown")}
            </td>
            <td data-label={label("why")} className="py-2 pr-4">
              {t(`studioAccount.dataReads.purpose.${read.purpose}`)}
            </td>
            <td data-label={label("what")} className="py-2">
              {read.data.map((kind) => t(`studioAccount.dataReads.data.${kind}`)).join(", ")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
