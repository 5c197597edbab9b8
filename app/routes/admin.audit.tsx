import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { filterQuery } from "~/modules/audit/audit-filters";
import { auditView, findPersonAction } from "~/modules/audit/audit-page.server";
import printSheet from "~/modules/audit/audit-print.css?url";
import { AuditFilterForm } from "~/modules/audit/audit-filter-form";
import { AuditTable } from "~/modules/audit/audit-table";
import { PersonForm } from "~/modules/audit/person-form";
import { PrintButton } from "~/modules/fulfilment/print-button";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { ConsoleNav } from "~/modules/console/console-nav";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "auditLog.title");

/** A print stylesheet of its own: A4 landscape, ink on paper. */
export const links: LinksFunction = () => [{ rel: "stylesheet", href: printSheet, media: "print" }];

// Every view is itself written to the log (auditView), with the filters used.
export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "audit:read");
  return auditView(getDb(), admin, new URL(request.url), requestLocale(request));
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "audit:read");
  return findPersonAction(getDb(), request, requestLocale(request));
}

export default function AuditLogPage() {
  const { t } = useTranslation();
  const { filters, actorName, actions, groups, rows, older } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <div className="audit-log flex flex-col gap-6">
      <h1 className="text-3xl">{t("auditLog.title")}</h1>
      <ConsoleNav current="/admin/audit" />
      <p className="no-print">{t("auditLog.intro")}</p>
      <PersonForm answer={answer} />
      <AuditFilterForm filters={filters} actorName={actorName} actions={actions} groups={groups} />
      <PrintButton />
      {rows.length === 0 ? <p>{t("auditLog.empty")}</p> : <AuditTable rows={rows} />}
      <nav aria-label={t("auditLog.pages")} className="flex flex-wrap gap-3">
        {filters.before ? (
          <Link to={filterQuery({ ...filters, before: null })} className="btn btn-quiet">
            {t("auditLog.newest")}
          </Link>
        ) : null}
        {older ? (
          <Link to={filterQuery({ ...filters, before: older })} className="btn btn-secondary">
            {t("auditLog.older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
