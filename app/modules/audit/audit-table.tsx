import { useTranslation } from "react-i18next";
import { StackTableHead } from "~/components/stack-table-head";
import { formatDateTime } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";

export type AuditRow = {
  id: string;
  at: string;
  actor: string | null;
  onBehalfOf: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  detail: { name: string; value: string }[];
};

const HEADS = ["at", "actor", "onBehalfOf", "action", "entity", "detail"] as const;

/** The log's rows, newest first: when (Tashkent), who, for whom, what, on what, and the detail as a list. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  const label = (head: (typeof HEADS)[number]) => t(`auditLog.table.${head}`);
  return (
    <table className="table-stack audit-table w-full text-left border-collapse">
      <caption className="visually-hidden">{t("auditLog.table.caption")}</caption>
      <StackTableHead labels={HEADS.map(label)} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-[var(--color-line)] align-top">
            <td data-label={label("at")} className="py-2 pr-4 md:whitespace-nowrap">
              <time dateTime={row.at}>{formatDateTime(row.at, locale)}</time>
            </td>
            <td data-label={label("actor")} className="py-2 pr-4">
              {row.actor ? uzbekText(row.actor, locale) : t("auditLog.table.system")}
            </td>
            <td data-label={label("onBehalfOf")} className="py-2 pr-4">
              {row.onBehalfOf ? uzbekText(row.onBehalfOf, locale) : "—"}
            </td>
            {/* Actions, entities, ids and the detail are the code's own English identifiers. */}
            <td data-label={label("action")} lang="en" className="py-2 pr-4 break-all">
              {row.action}
            </td>
            <td data-label={label("entity")} lang="en" className="py-2 pr-4 break-all">
              {row.entity}
              {row.entityId ? <span className="block text-sm">{row.entityId}</span> : null}
            </td>
            <td data-label={label("detail")} className="py-2 break-all">
              {row.detail.length === 0 ? (
                "—"
              ) : (
                <dl lang="en" className="text-sm">
                  {row.detail.map((line, index) => (
                    <div key={`${line.name}-${index}`}>
                      {line.name ? <dt className="inline font-semibold">{line.name}: </dt> : null}
                      <dd className="inline">{line.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
