import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PrintButton } from "~/modules/fulfilment/print-button";
import { DecisionLetterSheet } from "~/modules/subsidies/letter";
import { decisionLetter } from "~/modules/subsidies/letter.server";
import { claimInStaffDistricts } from "~/modules/subsidies/scope.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "subsidies.letter.pageTitle");

// A claim of another district, or not yet decided, has no letter.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "subsidy:prepare");
  const letter = await decisionLetter(getDb(), { id: params.id ?? "", ...claimInStaffDistricts(worker.id) });
  if (!letter) notFound();
  return { letter };
}

export default function DecisionLetterPage() {
  const { t } = useTranslation();
  const { letter } = useLoaderData<typeof loader>();
  const { id = "" } = useParams();
  return (
    <div className="max-w-3xl flex flex-col gap-4">
      <PrintButton />
      <DecisionLetterSheet letter={letter} />
      <p className="no-print">
        <Link to={`/subsidies/${encodeURIComponent(id)}`}>{t("subsidies.letter.back")}</Link>
      </p>
    </div>
  );
}
