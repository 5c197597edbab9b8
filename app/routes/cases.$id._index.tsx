import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { afterChange, invalidInput } from "~/modules/cases/case-answers.server";
import { CaseHeader } from "~/modules/cases/case-header";
import { casePath, doneAt } from "~/modules/cases/case-links";
import { NoteList, ReferralList, ReviewList } from "~/modules/cases/case-lists";
import { loadCasePage, requireCaseWorker } from "~/modules/cases/case-page.server";
import { addCaseNote } from "~/modules/cases/notes.server";
import { AssessmentView, PlanView } from "~/modules/cases/plan-view";
import { NoteSchema } from "~/modules/cases/schemas";
import { NoteForm } from "~/modules/cases/small-forms";
import { useDay } from "~/modules/cases/day-text";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "cases.case.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadCasePage(request, params.id, "case", ["assessment", "plans", "referrals", "reviews", "notes", "closure"]);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const worker = await requireCaseWorker(request);
  const submission = parseWithZod(await request.formData(), { schema: NoteSchema });
  if (submission.status !== "success") return invalidInput(submission);
  const id = params.id ?? "";
  return afterChange(
    await addCaseNote(getDb(), worker, id, submission.value.body),
    submission,
    doneAt(id, "note", "notes"),
  );
}

function Section({
  id,
  title,
  link,
  children,
}: {
  id: string;
  title: string;
  link?: [string, string];
  children: React.ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <h2 id={`${id}-title`} className="text-2xl">
        {title}
      </h2>
      {children}
      {link ? (
        <Link to={link[0]} className="btn btn-secondary self-start">
          {link[1]}
        </Link>
      ) : null}
    </section>
  );
}

export default function CasePage() {
  const { t } = useTranslation();
  const day = useDay();
  const { case: found } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const open = found.stage !== "CLOSED";
  const link = (page: string, label: string): [string, string] | undefined =>
    open ? [casePath(found.id, page), t(label)] : undefined;
  const current = found.plans[0];
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <CaseHeader found={found} title={t("cases.case.heading", { name: found.artisan.name })} back={false} />
      {found.closureReason && found.closedOn ? (
        <p className="card p-4">
          {t("cases.close.closed", { date: day(found.closedOn), reason: t(`cases.closure.${found.closureReason}`) })}
          {found.closureNote ? ` ${found.closureNote}` : null}
        </p>
      ) : null}
      <p className="flex flex-wrap gap-2">
        <Link to={casePath(found.id, "summary")} className="btn btn-quiet">
          {t("cases.summary.link")}
        </Link>
        {open ? (
          <Link to={casePath(found.id, "close")} className="btn btn-quiet">
            {t("cases.close.title")}
          </Link>
        ) : null}
      </p>
      <Section id="assessment" title={t("cases.assessment.title")} link={link("assessment", "cases.assessment.edit")}>
        {found.assessment ? <AssessmentView assessment={found.assessment} /> : <p>{t("cases.assessment.none")}</p>}
      </Section>
      <Section
        id="plan"
        title={t("cases.plan.title")}
        link={link("plan", current ? "cases.plan.manage" : "cases.plan.new")}
      >
        {current ? <PlanView plan={current} /> : <p>{t("cases.plan.none")}</p>}
      </Section>
      <Section id="referrals" title={t("cases.referral.title")} link={link("referrals", "cases.referral.manage")}>
        <ReferralList referrals={found.referrals} />
      </Section>
      <Section id="reviews" title={t("cases.review.title")}>
        <ReviewList caseId={found.id} reviews={found.reviews} links={open} />
      </Section>
      <Section id="notes" title={t("cases.note.title")}>
        {open ? <NoteForm lastResult={answer?.reply} /> : null}
        <NoteList notes={found.notes} />
      </Section>
      <p>
        <Link to="/cases" className="inline-flex min-h-11 items-center">
          {t("cases.case.toList")}
        </Link>
      </p>
    </div>
  );
}
