import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { purposeSlug } from "~/modules/consent/purposes";
import { PersonForm } from "~/modules/onboarding/person-form";
import { personStep } from "~/modules/onboarding/person.server";
import { PersonSchema } from "~/modules/onboarding/schemas";
import { startOnboarding } from "~/modules/onboarding/start.server";
import { workerDistricts } from "~/modules/outreach/districts.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "onboarding.person.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "artisan:onboard");
  const step = await personStep(getDb(), worker.id, params.id ?? "", requestLocale(request));
  if (!step) notFound();
  // Already an artisan: the onboarding goes on from their page.
  if (step.person.artisanId) throw redirect(`/caseload/artisans/${step.person.artisanId}`);
  return step;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const worker = await requirePermission(request, "artisan:onboard");
  const submission = parseWithZod(await request.formData(), { schema: PersonSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const districts = await workerDistricts(getDb(), worker.id, requestLocale(request));
  const result = await startOnboarding(getDb(), worker, districts, params.id ?? "", submission.value);
  if (result.ok)
    return redirect(`/caseload/artisans/${result.artisanId}/consents/${purposeSlug("PUBLIC_PROFILE_BADGE")}`);
  if (result.reason === "notFound") notFound();
  return data(submission.reply({ formErrors: [`onboarding.refused.${result.reason}`] }), { status: 409 });
}

export default function OnboardPersonPage() {
  const { t } = useTranslation();
  const step = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section aria-labelledby="person-title" className="max-w-2xl flex flex-col gap-4">
      <p className="text-sm">{t("onboarding.stepOf", { step: 1, count: 8 })}</p>
      <h1 id="person-title" className="text-3xl">
        {t("onboarding.person.title")}
      </h1>
      {step.ready ? (
        <>
          <p>{t("onboarding.person.intro")}</p>
          <PersonForm
            districts={step.districts}
            crafts={step.crafts}
            defaults={step.defaults}
            lastResult={lastResult}
          />
        </>
      ) : (
        <p role="status">{t("onboarding.person.notReady", { name: step.person.name })}</p>
      )}
      <p>
        <Link to={`/caseload/outreach/${encodeURIComponent(step.person.id)}`}>{t("caseload.person.back")}</Link>
      </p>
    </section>
  );
}
