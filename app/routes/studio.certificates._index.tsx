import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { HelpAnswers, StudioCertificateList } from "~/modules/certificates/studio-lists";
import { studioCertificates } from "~/modules/certificates/studio.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "certificates.studio.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  return studioCertificates(getDb(), actor.artisanId, requestLocale(request), tashkentNow().today);
}

const NOTICES = ["recorded", "resubmitted", "linked", "asked"] as const;

export default function StudioCertificatesPage() {
  const { t } = useTranslation();
  const { certificates, listings, help } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const done = NOTICES.find((n) => n === params.get("done"));
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("certificates.studio.title")}</h1>
      <p>{t("certificates.studio.intro")}</p>
      <PageNotice text={done ? t(`certificates.done.${done}`) : null} />
      <p>
        <Link to="/studio/certificates/new" className="btn btn-primary">
          {t("certificates.studio.record")}
        </Link>
      </p>
      <StudioCertificateList certificates={certificates} />
      <HelpAnswers help={help} listings={listings} />
    </div>
  );
}
