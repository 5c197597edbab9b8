import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { filterQuery, type AuditFilters } from "./audit-filters";

type Props = { filters: AuditFilters; actorName: string | null; actions: string[]; groups: string[] };

/** The filters as a GET form, so they live in the address; the person chosen is kept by id, shown by name. */
export function AuditFilterForm({ filters, actorName, actions, groups }: Props) {
  const { t } = useTranslation();
  const text = (name: "entity" | "entityId", label: string) => (
    <div className="field">
      <label htmlFor={`audit-${name}`}>{label}</label>
      <input id={`audit-${name}`} name={name} defaultValue={filters[name] ?? ""} className="input" />
    </div>
  );
  return (
    <Form method="get" className="card p-4 flex flex-col gap-4 no-print" aria-labelledby="audit-filters">
      <h2 id="audit-filters" className="text-xl">
        {t("auditLog.filters.title")}
      </h2>
      {filters.actor ? (
        <p className="flex flex-wrap items-center gap-3">
          <span>{t("auditLog.filters.person", { name: actorName })}</span>
          <input type="hidden" name="actor" value={filters.actor} />
          <Link to={filterQuery({ ...filters, actor: null, before: null })} className="btn btn-quiet">
            {t("auditLog.filters.anyPerson")}
          </Link>
        </p>
      ) : null}
      <div className="flex flex-wrap gap-4 items-end">
        <div className="field">
          <label htmlFor="audit-action">{t("auditLog.filters.action")}</label>
          <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className="input">
            <option value="">{t("auditLog.filters.anyAction")}</option>
            <optgroup label={t("auditLog.filters.groups")}>
              {groups.map((group) => (
                <option key={group} value={group} lang="en">
                  {`${group}*`}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("auditLog.filters.actions")}>
              {actions.map((action) => (
                <option key={action} value={action} lang="en">
                  {action}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        {text("entity", t("auditLog.filters.entity"))}
        {text("entityId", t("auditLog.filters.entityId"))}
        <div className="field">
          <label htmlFor="audit-from">{t("auditLog.filters.from")}</label>
          <input id="audit-from" type="date" name="from" defaultValue={filters.from ?? ""} className="input" />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t("auditLog.filters.to")}</label>
          <input id="audit-to" type="date" name="to" defaultValue={filters.to ?? ""} className="input" />
        </div>
      </div>
      <p className="field-hint">{t("auditLog.filters.hint")}</p>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn btn-primary">
          {t("auditLog.filters.show")}
        </button>
        <Link to="/admin/audit" className="btn btn-quiet">
          {t("auditLog.filters.clear")}
        </Link>
      </div>
    </Form>
  );
}
