import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { DataReadsTable } from "~/modules/studio-account/data-reads-table";
import { DATA_READS_LIMIT, dataReads } from "~/modules/studio-account/data-reads.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "studioAccount.dataReads.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const reads = await dataReads(getDb(), actor.artisanId, requestLocale(request));
  return { reads, limited: reads.length >= DATA_READS_LIMIT };
}

export default function StudioDataReadsPage() {
  const { t } = useTranslation();
  const { reads, limited } = useLoaderData<typeof loader>();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">{t("studioAccount.dataReads.title")}</h1>
      <p>{t("studioAccount.dataReads.intro")}</p>
      {reads.length === 0 ? <p>{t("studioAccount.dataReads.empty")}</p> : <DataReadsTable reads={reads} />}
      {limited ? <p>{t("studioAccount.dataReads.limit", { number: reads.length })}</p> : null}
    </div>
  );
}
