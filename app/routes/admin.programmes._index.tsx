import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { requestLocale } from "~/modules/shell/locale.server";
import { ConsoleNav } from "~/modules/console/console-nav";
import { listProgrammes } from "~/modules/subsidies/programme-list.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.programmes.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "config:manage");
  return { programmes: await listProgrammes(getDb(), requestLocale(request)) };
}

const DONE = ["created", "saved"] as const;

export default function ProgrammesPage() {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  const { programmes } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const done = DONE.find((value) => value === params.get("done"));
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("admin.programmes.title")}</h1>
      <ConsoleNav current="/admin/programmes" />
      <PageNotice text={done ? t(`admin.programmes.done.${done}`) : null} />
      <p>{t("admin.programmes.intro")}</p>
      <p>
        <Link to="/admin/programmes/new" className="btn btn-primary">
          {t("admin.programmes.new")}
        </Link>
      </p>
      {programmes.length === 0 ? (
        <p>{t("admin.programmes.empty")}</p>
      ) : (
        // Cards rather than a table: they reflow on a narrow phone and at 200 % text.
        <ul className="flex flex-col gap-4">
          {programmes.map((programme) => (
            <li key={programme.id} className="card p-4 flex flex-col gap-3">
              <h2 className="text-xl">
                <span className="font-mono">{programme.code}</span>
                <span className="block text-base font-normal">{programme.name}</span>
              </h2>
              <dl className="grid grid-cols-1 sm:grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-semibold">{t("admin.programmes.multiple")}</dt>
                <dd>{t("admin.programmes.multipleValue", { multiple: programme.bcaMultiple })}</dd>
                <dt className="font-semibold">{t("admin.programmes.period")}</dt>
                <dd>
                  {programme.endsOn
                    ? t("admin.programmes.fromTo", {
                        start: formatDate(programme.startsOn, locale),
                        end: formatDate(programme.endsOn, locale),
                      })
                    : t("admin.programmes.from", { start: formatDate(programme.startsOn, locale) })}
                </dd>
                <dt className="font-semibold">{t("admin.programmes.deadlines")}</dt>
                <dd>
                  {t("admin.programmes.deadlinesValue", {
                    decision: programme.decisionDays,
                    payment: programme.paymentWorkingDays,
                  })}
                </dd>
                <dt className="font-semibold">{t("admin.programmes.documents")}</dt>
                <dd>{programme.documents}</dd>
                <dt className="font-semibold">{t("admin.programmes.claims")}</dt>
                <dd>{programme.claims}</dd>
              </dl>
              <Link to={`/admin/programmes/${programme.id}`} className="btn btn-secondary self-start">
                {t("admin.programmes.edit", { code: programme.code })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
