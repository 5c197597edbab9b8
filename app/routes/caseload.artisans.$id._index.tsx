import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { BadgeRecords } from "~/modules/badges/badge-records";
import { artisanCaseLink } from "~/modules/cases/artisan-case-link.server";
import { onboardingArtisan } from "~/modules/onboarding/artisan.server";
import { requestBadge } from "~/modules/onboarding/badge-request.server";
import { countersignEvidence } from "~/modules/onboarding/evidence.server";
import { OnboardingSteps } from "~/modules/onboarding/onboarding-steps";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { badRequest, notFound } from "~/utils/http.server";
import { contentTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? contentTitle(matches, data.artisan.name) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "artisan:onboard");
  const artisan = await onboardingArtisan(getDb(), worker.id, params.id ?? "", requestLocale(request));
  if (!artisan) notFound();
  return { artisan, caseLink: await artisanCaseLink(getDb(), worker.id, artisan.id) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const worker = await requirePermission(request, "artisan:onboard");
  const id = params.id ?? "";
  const intent = (await request.formData()).get("intent");
  if (intent !== "requestBadge" && intent !== "countersign") badRequest();
  const result =
    intent === "requestBadge"
      ? await requestBadge(getDb(), worker, id)
      : await countersignEvidence(getDb(), worker, id);
  if (result.ok) return redirect(`/caseload/artisans/${encodeURIComponent(id)}?done=${intent}`);
  if (result.reason === "notFound") notFound();
  return data({ refused: `onboarding.refused.${result.reason}` }, { status: 409 });
}

export default function OnboardingArtisanPage() {
  const { t } = useTranslation();
  const { artisan, caseLink } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("done");
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("onboarding.overview.title", { name: artisan.name })}</h1>
      <PageNotice
        text={
          done && ["requestBadge", "countersign", "evidence", "consents", "checklist"].includes(done)
            ? t(`onboarding.done.${done}`)
            : null
        }
      />
      {answer ? (
        <p role="alert" className="field-error">
          {t(answer.refused)}
        </p>
      ) : null}
      <p>
        <strong>{t("onboarding.overview.stage")}</strong> {t(`caseload.artisanStage.${artisan.stage}`)}
      </p>
      <OnboardingSteps artisan={artisan} />
      <p className="flex flex-wrap gap-3">
        {caseLink ? (
          <Link to={caseLink.to} className="btn btn-secondary">
            {t(caseLink.label)}
          </Link>
        ) : null}
        <Link to={`/subsidies/new?artisan=${encodeURIComponent(artisan.id)}`} className="btn btn-secondary">
          {t("subsidies.new.fromArtisan")}
        </Link>
      </p>
      <section aria-labelledby="badge-title" className="card p-4 flex flex-col gap-3">
        <h2 id="badge-title" className="text-xl">
          {t("onboarding.overview.step", { n: 8, title: t("onboarding.badge.title") })}
        </h2>
        <p>{t("onboarding.badge.intro")}</p>
        {artisan.mayRequestBadge ? (
          <Form method="post">
            <button type="submit" name="intent" value="requestBadge" className="btn btn-primary">
              {t("onboarding.badge.request")}
            </button>
          </Form>
        ) : (
          <p>{t("onboarding.badge.levelTooLow")}</p>
        )}
        {artisan.badges.length === 0 ? (
          <p>{t("onboarding.badge.none")}</p>
        ) : (
          <BadgeRecords
            records={artisan.badges}
            statusKey="onboarding.badgeStatus"
            label={t("onboarding.badge.history")}
          />
        )}
      </section>
      <p>
        <Link to="/caseload">{t("caseload.person.back")}</Link>
      </p>
    </div>
  );
}
