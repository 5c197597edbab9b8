import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { helpQueue } from "~/modules/certificates/help.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "certificates.helpQueue.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const adviser = await requirePermission(request, "certification:advise");
  return { requests: await helpQueue(getDb(), adviser, requestLocale(request)) };
}

const DONE = ["answered", "closed"] as const;

export default function CertificationHelpQueuePage() {
  const { t, i18n } = useTranslation();
  const { requests } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const done = DONE.find((d) => d === params.get("done"));
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("certificates.helpQueue.title")}</h1>
      <p>{t("certificates.helpQueue.intro")}</p>
      <PageNotice text={done ? t(`certificates.done.${done}`) : null} />
      {requests.length === 0 ? <p>{t("certificates.helpQueue.empty")}</p> : null}
      <ol className="flex flex-col gap-3">
        {requests.map((r) => (
          <li key={r.id} className="card p-4 flex flex-col gap-1">
            <Link
              to={`/moderation/certification-help/${r.id}`}
              className="inline-flex min-h-11 items-center font-semibold"
            >
              {t("certificates.helpQueue.entry", { title: r.listing.title })}
            </Link>
            <p>{t("certificates.helpQueue.who", { artisan: r.artisan, district: r.district })}</p>
            <p className="text-[var(--color-muted)]">
              {t(`certificates.helpStatus.${r.status}`)} · {formatDate(r.askedAt, i18n.language as Locale)}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
