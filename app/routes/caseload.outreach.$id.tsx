import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { outreachContact } from "~/modules/outreach/caseload.server";
import { PersonFacts } from "~/modules/outreach/person-facts";
import { PlanVisitSchema, RecordVisitSchema } from "~/modules/outreach/schemas";
import { PlanVisitForm, RecordVisitForm } from "~/modules/outreach/visit-forms";
import { planVisit, recordVisit } from "~/modules/outreach/visits.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { badRequest, notFound } from "~/utils/http.server";
import { contentTitle } from "~/utils/meta";
import type { Outcome } from "~/utils/result";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? contentTitle(matches, data.person.name) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "artisan:onboard");
  const person = await outreachContact(getDb(), worker.id, params.id ?? "", requestLocale(request));
  if (!person) notFound();
  return { person };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const worker = await requirePermission(request, "artisan:onboard");
  const id = params.id ?? "";
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "plan") {
    const submission = parseWithZod(form, { schema: PlanVisitSchema });
    if (submission.status !== "success") return data({ intent, reply: submission.reply() }, { status: 400 });
    return settle(id, intent, submission, await planVisit(getDb(), worker, id, submission.value.plannedOn));
  }
  if (intent !== "record") badRequest();
  const submission = parseWithZod(form, { schema: RecordVisitSchema });
  if (submission.status !== "success") return data({ intent, reply: submission.reply() }, { status: 400 });
  return settle(
    id,
    intent,
    submission,
    await recordVisit(getDb(), worker, id, submission.value, requestLocale(request)),
  );
}

/** Back to the person's page when it went through; another district's person is not found; a refusal is said in the form. */
function settle(
  id: string,
  intent: "plan" | "record",
  submission: { reply: (options: { formErrors: string[] }) => SubmissionResult<string[]> },
  result: Outcome<"notFound" | "noOpenVisit">,
) {
  if (result.ok) return redirect(`/caseload/outreach/${id}?saved=1`);
  if (result.reason === "notFound") notFound();
  return data(
    { intent, reply: submission.reply({ formErrors: [`caseload.refused.${result.reason}`] }) },
    { status: 409 },
  );
}

export default function OutreachPersonPage() {
  const { t } = useTranslation();
  const { person } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  const replyTo = (intent: string) => (answer?.intent === intent ? answer.reply : undefined);
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("caseload.person.title", { name: person.name })}</h1>
      <PageNotice text={params.get("saved") ? t("caseload.person.saved") : null} />
      <PersonFacts person={person} />
      {person.stage !== "onboarding" ? (
        <PlanVisitForm lastResult={replyTo("plan")} moving={person.openVisitId !== null} />
      ) : null}
      {person.openVisitId ? <RecordVisitForm lastResult={replyTo("record")} /> : null}
      {person.artisanId ? (
        <Link to={`/caseload/artisans/${encodeURIComponent(person.artisanId)}`} className="btn btn-primary self-start">
          {t("onboarding.overview.continue")}
        </Link>
      ) : person.stage === "onboarding" ? (
        <Link to={`/caseload/outreach/${encodeURIComponent(person.id)}/onboard`} className="btn btn-primary self-start">
          {t("onboarding.overview.start")}
        </Link>
      ) : null}
      <p>
        <Link to="/caseload">{t("caseload.person.back")}</Link>
      </p>
    </div>
  );
}
