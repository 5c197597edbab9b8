import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { PackingSlip } from "~/modules/fulfilment/packing-slip";
import { PrintButton } from "~/modules/fulfilment/print-button";
import { studioPart } from "~/modules/fulfilment/queries.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

type SlipData = { part?: { number: string } } | undefined;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "fulfilment.slipTitle", { number: (data as SlipData)?.part?.number ?? "" });

// Printable once the parcel's way out is chosen; before that there is nothing to hand over.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "order:fulfil-own");
  const part = await studioPart(getDb(), actor.artisanId, params.subOrderId!, requestLocale(request));
  if (!part?.pickup) notFound();
  return { part };
}

export default function PackingSlipPage() {
  const { t } = useTranslation();
  const { part } = useLoaderData<typeof loader>();
  return (
    <div className="max-w-3xl flex flex-col gap-4">
      <PrintButton />
      <PackingSlip part={part} />
      <p className="no-print">
        <Link to={`/studio/orders/${part.id}`} className="inline-flex min-h-11 items-center underline">
          {t("fulfilment.backToPart")}
        </Link>
      </p>
    </div>
  );
}
