import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { doneForMe } from "~/modules/assisted/done-for-me.server";
import { DoneForMeTable } from "~/modules/assisted/done-for-me-table";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "assisted.doneForMe.title");

// The artisan's own studio page; someone acting for them sees it too (ADR 010): it is the record of their own acts.
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const before = new URL(request.url).searchParams.get("before");
  const cursor = before && /^\d{1,18}$/.test(before) ? BigInt(before) : undefined;
  return {
    ...(await doneForMe(getDb(), actor.artisanUserId, requestLocale(request), cursor)),
    paged: cursor !== undefined,
  };
}

export default function DoneForMePage() {
  const { t } = useTranslation();
  const { entries, olderThan, paged } = useLoaderData<typeof loader>();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">{t("assisted.doneForMe.title")}</h1>
      <p>{t("assisted.doneForMe.intro")}</p>
      {entries.length === 0 ? <p>{t("assisted.doneForMe.empty")}</p> : <DoneForMeTable entries={entries} />}
      <div className="flex flex-wrap gap-2">
        {paged ? (
          <Link to="/studio/done-for-me" className="btn btn-quiet">
            {t("assisted.doneForMe.newest")}
          </Link>
        ) : null}
        {olderThan ? (
          <Link to={`/studio/done-for-me?before=${olderThan}`} className="btn btn-secondary">
            {t("assisted.doneForMe.older")}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
