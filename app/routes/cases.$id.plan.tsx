import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { afterChange, invalidInput } from "~/modules/cases/case-answers.server";
import { CaseHeader } from "~/modules/cases/case-header";
import { doneAt } from "~/modules/cases/case-links";
import { loadCasePage, requireCaseWorker } from "~/modules/cases/case-page.server";
import { PlanForm } from "~/modules/cases/plan-form";
import { AcknowledgeForm, ActionStatusForms } from "~/modules/cases/plan-version-forms";
import { PlanView } from "~/modules/cases/plan-view";
import { acknowledgePlan, savePlanVersion, setActionStatus } from "~/modules/cases/plan.server";
import { AcknowledgeSchema, ActionStatusSchema, PlanSchema } from "~/modules/cases/schemas";
import { getDb } from "~/utils/db.server";
import { badRequest } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "cases.plan.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadCasePage(request, params.id, "plan", ["plans"]);
}

// Three forms post here, told apart by `intent`: a new version, the acknowledgement, an action's status.
export async function action({ request, params }: ActionFunctionArgs) {
  const worker = await requireCaseWorker(request);
  const form = await request.formData();
  const intent = form.get("intent");
  const id = params.id ?? "";
  const to = (done: string) => doneAt(id, done, "current", "plan");
  if (intent === "version") {
    const submission = parseWithZod(form, { schema: PlanSchema });
    if (submission.status !== "success") return invalidInput(submission, intent);
    return afterChange(await savePlanVersion(getDb(), worker, id, submission.value), submission, to("plan"), intent);
  }
  if (intent === "acknowledge") {
    const submission = parseWithZod(form, { schema: AcknowledgeSchema });
    if (submission.status !== "success") return invalidInput(submission, intent);
    return afterChange(
      await acknowledgePlan(getDb(), worker, id, submission.value),
      submission,
      to("acknowledged"),
      intent,
    );
  }
  if (intent !== "status") badRequest();
  const submission = parseWithZod(form, { schema: ActionStatusSchema });
  if (submission.status !== "success") return invalidInput(submission, intent);
  return afterChange(await setActionStatus(getDb(), worker, id, submission.value), submission, to("status"), intent);
}

export default function PlanPage() {
  const { t } = useTranslation();
  const { case: found, today } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const replyFor = (intent: string) => (answer?.intent === intent ? answer.reply : undefined);
  const [current, ...earlier] = found.plans;
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <CaseHeader found={found} title={t("cases.plan.heading", { name: found.artisan.name })} />
      {current ? (
        <section id="current" aria-labelledby="current-title" className="flex flex-col gap-3">
          <h2 id="current-title" className="text-2xl">
            {t("cases.plan.current")}
          </h2>
          <PlanView plan={current} />
          {answer?.intent === "status" && answer.reply.error ? (
            <p role="alert" className="field-error">
              {t("cases.refused.notCurrent")}
            </p>
          ) : null}
          <ActionStatusForms plan={current} />
          {current.acknowledgedOn ? null : (
            <AcknowledgeForm plan={current} today={today} lastResult={replyFor("acknowledge")} />
          )}
        </section>
      ) : null}
      <section aria-labelledby="new-title" className="flex flex-col gap-3">
        <h2 id="new-title" className="text-2xl">
          {current ? t("cases.plan.amend") : t("cases.plan.new")}
        </h2>
        <p>{current ? t("cases.plan.amendIntro") : t("cases.plan.newIntro")}</p>
        <PlanForm current={current ?? null} lastResult={replyFor("version")} />
      </section>
      {earlier.length > 0 ? (
        <section aria-labelledby="earlier-title" className="flex flex-col gap-3">
          <h2 id="earlier-title" className="text-2xl">
            {t("cases.plan.earlier")}
          </h2>
          {earlier.map((plan) => (
            <div key={plan.version} className="card p-4">
              <PlanView plan={plan} />
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
