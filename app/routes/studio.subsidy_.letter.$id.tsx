import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { PrintButton } from "~/modules/fulfilment/print-button";
import { DecisionLetterSheet } from "~/modules/subsidies/letter";
import { decisionLetter } from "~/modules/subsidies/letter.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "subsidies.letter.pageTitle");

// Only the artisan's own decided claim has a letter here.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const letter = await decisionLetter(getDb(), { id: params.id ?? "", artisanId: actor.artisanId });
  if (!letter) notFound();
  return { letter };
}

export default function MyDecisionLetterPage() {
  const { t } = useTranslation();
  const { letter } = useLoaderData<typeof loader>();
  return (
    <div className="max-w-3xl flex flex-col gap-4">
      <PrintButton />
      <DecisionLetterSheet letter={letter} />
      <p className="no-print">
        <Link to="/studio/subsidy">{t("subsidies.mine.back")}</Link>
      </p>
    </div>
  );
}
