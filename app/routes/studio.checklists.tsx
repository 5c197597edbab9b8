import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { artisanChecklists } from "~/modules/onboarding/checklist-view.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { ChecklistList } from "~/modules/studio-account/checklist-list";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "studioAccount.checklists.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  return { checklists: await artisanChecklists(getDb(), actor.artisanId, requestLocale(request)) };
}

export default function StudioChecklistsPage() {
  const { t } = useTranslation();
  const { checklists } = useLoaderData<typeof loader>();
  return (
    <div className="max-w-3xl flex flex-col gap-8">
      <h1 className="text-3xl">{t("studioAccount.checklists.title")}</h1>
      <p>{t("studioAccount.checklists.intro")}</p>
      <ChecklistList name="selfEmployed" entries={checklists.selfEmployed} />
      <ChecklistList name="learning" entries={checklists.learning} />
    </div>
  );
}
