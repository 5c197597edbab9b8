import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { MyClaimCard } from "~/modules/subsidies/my-claim";
import { myClaims } from "~/modules/subsidies/studio-claims.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "subsidies.mine.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  return { claims: await myClaims(getDb(), actor.artisanId, requestLocale(request)) };
}

export default function StudioSubsidyPage() {
  const { t } = useTranslation();
  const { claims } = useLoaderData<typeof loader>();
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("subsidies.mine.title")}</h1>
      <p>{t("subsidies.mine.intro")}</p>
      {claims.length === 0 ? <p>{t("subsidies.mine.none")}</p> : null}
      <ul className="flex flex-col gap-4">
        {claims.map((claim) => (
          <MyClaimCard key={claim.id} claim={claim} />
        ))}
      </ul>
    </div>
  );
}
