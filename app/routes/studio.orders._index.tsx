import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { InboxSection } from "~/modules/fulfilment/inbox-list";
import { studioInbox } from "~/modules/fulfilment/queries.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "fulfilment.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "order:fulfil-own");
  return { groups: await studioInbox(getDb(), actor.artisanId, requestLocale(request)) };
}

export default function StudioOrdersPage() {
  const { t } = useTranslation();
  const { groups } = useLoaderData<typeof loader>();
  return (
    <div className="max-w-3xl flex flex-col gap-8">
      <h1 className="text-3xl">{t("fulfilment.title")}</h1>
      <p>{t("fulfilment.intro")}</p>
      {groups.map(({ group, parts }) => (
        <InboxSection key={group} group={group} parts={parts} />
      ))}
      <p>
        <Link to="/studio" className="inline-flex min-h-11 items-center underline">
          {t("fulfilment.backToStudio")}
        </Link>
      </p>
    </div>
  );
}
