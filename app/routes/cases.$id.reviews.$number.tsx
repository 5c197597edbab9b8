import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { afterChange, invalidInput } from "~/modules/cases/case-answers.server";
import { CaseHeader } from "~/modules/cases/case-header";
import { doneAt } from "~/modules/cases/case-links";
import { loadCasePage, requireCaseWorker } from "~/modules/cases/case-page.server";
import { useDay } from "~/modules/cases/day-text";
import { FactsList } from "~/modules/cases/facts-list";
import { monthFacts } from "~/modules/cases/month-facts.server";
import { completeReview } from "~/modules/cases/reviews.server";
import { reviewMonth } from "~/modules/cases/schedule";
import { ReviewSchema } from "~/modules/cases/schemas";
import { ReviewForm } from "~/modules/cases/small-forms";
import { getDb } from "~/utils/db.server";
import { formatMonth } from "~/utils/format";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "cases.review.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await loadCasePage(request, params.id, "review", ["reviews"]);
  const review = page.case.reviews.find((r) => String(r.number) === params.number);
  if (!review) notFound();
  // Done: the facts as they were then; to do: what the marketplace knows of that month now.
  const month = reviewMonth(new Date(`${review.dueOn}T00:00:00Z`));
  const facts = review.facts ?? (await monthFacts(getDb(), page.case.artisan.id, month));
  return { ...page, review, facts };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const worker = await requireCaseWorker(request);
  const submission = parseWithZod(await request.formData(), { schema: ReviewSchema });
  if (submission.status !== "success") return invalidInput(submission);
  const id = params.id ?? "";
  const number = Number(params.number);
  if (!Number.isInteger(number)) notFound();
  const result = await completeReview(getDb(), worker, id, number, submission.value);
  return afterChange(result, submission, doneAt(id, "review", "reviews"));
}

export default function ReviewPage() {
  const { t } = useTranslation();
  const day = useDay();
  const { case: found, review, facts } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const open = found.stage !== "CLOSED" && !review.doneOn;
  return (
    <div className="max-w-2xl flex flex-col gap-4">
      <CaseHeader
        found={found}
        title={t("cases.review.heading", { number: review.number, name: found.artisan.name })}
      />
      <p>
        {review.doneOn
          ? t("cases.review.doneOn", { date: day(review.doneOn) })
          : t("cases.review.dueOn", { date: day(review.dueOn) })}
      </p>
      <div className="card p-4">
        <FactsList facts={facts} title={t("cases.review.facts", { month: formatMonth(facts.month, t) })} />
        <p className="field-hint mt-2">{t("cases.review.factsHint")}</p>
      </div>
      {review.doneOn ? (
        <>
          {review.satisfaction ? <p>{t(`cases.satisfaction.${review.satisfaction}`)}</p> : null}
          <p className="whitespace-pre-line">{review.note}</p>
        </>
      ) : null}
      {open && review.open ? <ReviewForm lastResult={answer?.reply} /> : null}
      {open && !review.open ? <p>{t("cases.review.notYet")}</p> : null}
    </div>
  );
}
