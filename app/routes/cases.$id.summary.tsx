import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { casePath } from "~/modules/cases/case-links";
import { loadCasePage } from "~/modules/cases/case-page.server";
import { CaseSummary } from "~/modules/cases/case-summary";
import { PrintButton } from "~/modules/fulfilment/print-button";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "cases.summary.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadCasePage(request, params.id, "summary", [
    "assessment",
    "plans",
    "referrals",
    "reviews",
    "notes",
    "closure",
  ]);
}

export default function CaseSummaryPage() {
  const { t } = useTranslation();
  const { case: found } = useLoaderData<typeof loader>();
  return (
    <div className="max-w-3xl flex flex-col gap-4">
      <PrintButton />
      <CaseSummary found={found} />
      <p className="no-print">
        <Link to={casePath(found.id)} className="inline-flex min-h-11 items-center">
          {t("cases.case.back", { name: found.artisan.name })}
        </Link>
      </p>
    </div>
  );
}
