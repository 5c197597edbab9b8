import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PrintButton } from "~/modules/fulfilment/print-button";
import { ConsentSheet } from "~/modules/onboarding/consent-sheet";
import { consentSheet } from "~/modules/onboarding/consent-sheet.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "onboarding.sheet.pageTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "consent:record");
  const sheet = await consentSheet(getDb(), worker.id, params.id ?? "");
  if (!sheet) notFound();
  return { sheet };
}

export default function ConsentSheetPage() {
  const { t } = useTranslation();
  const { sheet } = useLoaderData<typeof loader>();
  const { id = "" } = useParams();
  return (
    <div className="max-w-3xl flex flex-col gap-4">
      <PrintButton />
      <ConsentSheet sheet={sheet} />
      <p className="no-print">
        <Link to={`/caseload/artisans/${encodeURIComponent(id)}`}>{t("onboarding.backToArtisan")}</Link>
      </p>
    </div>
  );
}
