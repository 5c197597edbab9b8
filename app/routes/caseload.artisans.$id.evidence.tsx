import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EvidenceForm } from "~/modules/onboarding/evidence-form";
import { attestEvidence } from "~/modules/onboarding/evidence.server";
import { evidenceStep } from "~/modules/onboarding/evidence-step.server";
import { EvidenceSchema } from "~/modules/onboarding/schemas";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "onboarding.evidence.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "evidence:attest");
  const step = await evidenceStep(getDb(), worker.id, params.id ?? "", requestLocale(request));
  if (!step) notFound();
  return { step };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const worker = await requirePermission(request, "evidence:attest");
  const submission = parseWithZod(await request.formData(), { schema: EvidenceSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const id = params.id ?? "";
  const result = await attestEvidence(getDb(), worker, id, submission.value);
  if (result.ok) return redirect(`/caseload/artisans/${encodeURIComponent(id)}?done=evidence`);
  if (result.reason === "notFound") notFound();
  return data(submission.reply({ formErrors: [`onboarding.refused.${result.reason}`] }), { status: 409 });
}

export default function EvidencePage() {
  const { t } = useTranslation();
  const { step } = useLoaderData<typeof loader>();
  const { id = "" } = useParams();
  return (
    <div className="max-w-2xl flex flex-col gap-4">
      <p className="text-sm">{t("onboarding.stepOf", { step: 3, count: 8 })}</p>
      <h1 className="text-3xl">{t("onboarding.evidence.heading", { name: step.name })}</h1>
      <p>{t("onboarding.evidence.intro")}</p>
      <EvidenceForm
        districts={step.districts}
        needsCountersign={step.needsCountersign}
        lastResult={useActionData<typeof action>()}
      />
      <p>
        <Link to={`/caseload/artisans/${encodeURIComponent(id)}`}>{t("onboarding.backToArtisan")}</Link>
      </p>
    </div>
  );
}
