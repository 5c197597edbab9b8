import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AssessmentForm } from "~/modules/cases/assessment-form";
import { saveAssessment } from "~/modules/cases/assessment.server";
import { afterChange, invalidInput } from "~/modules/cases/case-answers.server";
import { CaseHeader } from "~/modules/cases/case-header";
import { doneAt } from "~/modules/cases/case-links";
import { loadCasePage, requireCaseWorker } from "~/modules/cases/case-page.server";
import { AssessmentSchema } from "~/modules/cases/schemas";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "cases.assessment.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadCasePage(request, params.id, "assessment", ["assessment"]);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const worker = await requireCaseWorker(request);
  const submission = parseWithZod(await request.formData(), { schema: AssessmentSchema });
  if (submission.status !== "success") return invalidInput(submission);
  const id = params.id ?? "";
  const result = await saveAssessment(getDb(), worker, id, submission.value);
  return afterChange(result, submission, doneAt(id, "assessment", "assessment"));
}

export default function AssessmentPage() {
  const { t } = useTranslation();
  const { case: found, today } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <div className="max-w-2xl flex flex-col gap-4">
      <CaseHeader found={found} title={t("cases.assessment.heading", { name: found.artisan.name })} />
      <p>{t("cases.assessment.intro")}</p>
      <AssessmentForm saved={found.assessment} today={today} lastResult={answer?.reply} />
    </div>
  );
}
