import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { NoteList, ReferralList, ReviewList } from "~/modules/cases/case-lists";
import { ownCase } from "~/modules/cases/case-read.server";
import { PlanView } from "~/modules/cases/plan-view";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "cases.studio.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  return { found: await ownCase(getDb(), actor, requestLocale(request)) };
}

/** The artisan's own case in plain words: their plan, where they were referred, the monthly talks, the notes. */
export default function StudioCasePage() {
  const { t } = useTranslation();
  const { found } = useLoaderData<typeof loader>();
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("cases.studio.title")}</h1>
      {found ? (
        <>
          <p>{t("cases.studio.intro", { name: found.worker })}</p>
          <p>
            <strong>{t("cases.studio.stageIs")}</strong> {t(`cases.studioStage.${found.stage}`)}
          </p>
          <section aria-labelledby="plan-title" className="flex flex-col gap-2">
            <h2 id="plan-title" className="text-2xl">
              {t("cases.studio.plan")}
            </h2>
            {found.plans[0] ? <PlanView plan={found.plans[0]} /> : <p>{t("cases.studio.noPlan")}</p>}
          </section>
          <section aria-labelledby="referrals-title" className="flex flex-col gap-2">
            <h2 id="referrals-title" className="text-2xl">
              {t("cases.studio.referrals")}
            </h2>
            <ReferralList referrals={found.referrals} />
          </section>
          <section aria-labelledby="reviews-title" className="flex flex-col gap-2">
            <h2 id="reviews-title" className="text-2xl">
              {t("cases.studio.reviews")}
            </h2>
            <ReviewList caseId={found.id} reviews={found.reviews} links={false} />
          </section>
          <section aria-labelledby="notes-title" className="flex flex-col gap-2">
            <h2 id="notes-title" className="text-2xl">
              {t("cases.studio.notes")}
            </h2>
            <NoteList notes={found.notes} />
          </section>
        </>
      ) : (
        <p>{t("cases.studio.none")}</p>
      )}
    </div>
  );
}
