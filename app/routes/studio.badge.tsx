import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { BadgeHistory } from "~/modules/studio-account/badge-history";
import { myBadge } from "~/modules/studio-account/badge-status.server";
import { BadgeSummary } from "~/modules/studio-account/badge-summary";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "studioAccount.badge.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  return myBadge(getDb(), actor.artisanId, requestLocale(request));
}

export default function StudioBadgePage() {
  const { t } = useTranslation();
  const { state, history } = useLoaderData<typeof loader>();
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("studioAccount.badge.title")}</h1>
      <p>{t("consent.purpose.PUBLIC_PROFILE_BADGE.means")}</p>
      <BadgeSummary state={state} />
      <BadgeHistory events={history} />
    </div>
  );
}
