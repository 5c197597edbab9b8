import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { purposeFromSlug } from "~/modules/consent/purposes";
import { ConsentForm } from "~/modules/onboarding/consent-form";
import { consentStep } from "~/modules/onboarding/consent-step.server";
import { recordConsent } from "~/modules/onboarding/consents.server";
import { ConsentAnswerSchema } from "~/modules/onboarding/schemas";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "onboarding.consent.title");

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const worker = await requirePermission(request, "consent:record");
  const purpose = purposeFromSlug(params.purpose);
  const step = purpose && (await consentStep(getDb(), worker.id, params.id ?? "", purpose, requestLocale(request)));
  if (!purpose || !step) notFound();
  return { worker, purpose, step };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { step } = await load(request, params);
  return { step };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { worker, purpose, step } = await load(request, params);
  const submission = parseWithZod(await request.formData(), { schema: ConsentAnswerSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const id = encodeURIComponent(params.id ?? "");
  const result = await recordConsent(getDb(), worker, params.id ?? "", purpose, submission.value, step.artisanLocale);
  if (!result.ok) notFound();
  return redirect(
    step.next ? `/caseload/artisans/${id}/consents/${step.next}` : `/caseload/artisans/${id}?done=consents`,
  );
}

export default function ConsentStepPage() {
  const { t } = useTranslation();
  const { step } = useLoaderData<typeof loader>();
  const { id = "" } = useParams();
  return (
    <div className="max-w-2xl flex flex-col gap-4">
      <p className="text-sm">{t("onboarding.consent.progress", { n: step.number, count: step.count })}</p>
      <h1 className="text-3xl">{t("onboarding.consent.heading", { name: step.name })}</h1>
      <p>{t("onboarding.consent.intro")}</p>
      {step.state !== "notAsked" ? (
        <p role="status">{t("onboarding.consent.current", { state: t(`onboarding.consentState.${step.state}`) })}</p>
      ) : null}
      <ConsentForm texts={step.texts} lang={step.artisanLocale} lastResult={useActionData<typeof action>()} />
      <p>
        <Link to={`/caseload/artisans/${encodeURIComponent(id)}`}>{t("onboarding.backToArtisan")}</Link>
      </p>
    </div>
  );
}
