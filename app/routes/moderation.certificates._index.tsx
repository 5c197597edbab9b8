import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { certificateKindName } from "~/modules/certificates/certificate-facts-list";
import { certificateQueue } from "~/modules/certificates/review.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate, tashkentNow } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { pageTitle } from "~/utils/meta";
import { BackLink } from "~/modules/certificates/words-form";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "certificates.queue.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const moderator = await requirePermission(request, "certificate:verify");
  return { pending: await certificateQueue(getDb(), moderator.id, requestLocale(request), tashkentNow().today) };
}

const DONE = ["verified", "sentBack"] as const;

export default function CertificateQueuePage() {
  const { t, i18n } = useTranslation();
  const { pending } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const done = DONE.find((d) => d === params.get("done"));
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <BackLink to="/moderation" label={t("certificates.queue.back")} />
      <h1 className="text-3xl">{t("certificates.queue.title")}</h1>
      <p>{t("certificates.queue.intro")}</p>
      <PageNotice text={done ? t(`certificates.done.${done}`) : null} />
      {pending.length === 0 ? <p>{t("certificates.queue.empty")}</p> : null}
      <ol className="flex flex-col gap-3">
        {pending.map((c) => (
          <li key={c.id} className="card p-4 flex flex-col gap-1">
            <Link to={`/moderation/certificates/${c.id}`} className="inline-flex min-h-11 items-center font-semibold">
              {t("certificates.queue.entry", { kind: certificateKindName(c, t), artisan: c.artisan })}
            </Link>
            <p className="text-[var(--color-muted)]">
              {t("certificates.queue.meta", {
                district: c.district,
                date: formatDate(c.recordedAt, i18n.language as Locale),
              })}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
