import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { afterChange, invalidInput } from "~/modules/cases/case-answers.server";
import { CaseHeader } from "~/modules/cases/case-header";
import { doneAt } from "~/modules/cases/case-links";
import { ReferralList } from "~/modules/cases/case-lists";
import { loadCasePage, requireCaseWorker } from "~/modules/cases/case-page.server";
import { AnswerReferralForm, SendReferralForm } from "~/modules/cases/referral-forms";
import { answerReferral, sendReferral } from "~/modules/cases/referrals.server";
import { ReferralAnswerSchema, ReferralSchema } from "~/modules/cases/schemas";
import { getDb } from "~/utils/db.server";
import { badRequest } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "cases.referral.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadCasePage(request, params.id, "referrals", ["referrals"]);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const worker = await requireCaseWorker(request);
  const form = await request.formData();
  const id = params.id ?? "";
  if (form.get("intent") === "send") {
    const submission = parseWithZod(form, { schema: ReferralSchema });
    if (submission.status !== "success") return invalidInput(submission, "send");
    const result = await sendReferral(getDb(), worker, id, submission.value);
    return afterChange(result, submission, doneAt(id, "referral", "referrals", "referrals"), "send");
  }
  if (form.get("intent") !== "answer") badRequest();
  const submission = parseWithZod(form, { schema: ReferralAnswerSchema });
  // The answer form of one referral: its id says which form gets the reply.
  const intent = `answer-${String(form.get("referralId") ?? "")}`;
  if (submission.status !== "success") return invalidInput(submission, intent);
  const result = await answerReferral(getDb(), worker, id, submission.value);
  return afterChange(result, submission, doneAt(id, "answer", "referrals", "referrals"), intent);
}

export default function ReferralsPage() {
  const { t } = useTranslation();
  const { case: found, today } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const replyFor = (intent: string) => (answer?.intent === intent ? answer.reply : undefined);
  const waiting = found.referrals.filter((r) => r.status === "SENT" || r.status === "ACCEPTED");
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <CaseHeader found={found} title={t("cases.referral.heading", { name: found.artisan.name })} />
      <section aria-labelledby="send-title" className="flex flex-col gap-3">
        <h2 id="send-title" className="text-2xl">
          {t("cases.referral.send")}
        </h2>
        <SendReferralForm today={today} lastResult={replyFor("send")} />
      </section>
      {waiting.map((referral) => (
        <section
          key={referral.id}
          aria-labelledby={`answer-title-${referral.id}`}
          className="card p-4 flex flex-col gap-3"
        >
          <h2 id={`answer-title-${referral.id}`} className="text-xl">
            {t("cases.referral.answerFor", {
              kind: t(`cases.referralKind.${referral.kind}`),
              organisation: referral.organisation,
            })}
          </h2>
          <AnswerReferralForm referral={referral} today={today} lastResult={replyFor(`answer-${referral.id}`)} />
        </section>
      ))}
      <section id="referrals" aria-labelledby="all-title" className="flex flex-col gap-3">
        <h2 id="all-title" className="text-2xl">
          {t("cases.referral.title")}
        </h2>
        <ReferralList referrals={found.referrals} />
      </section>
    </div>
  );
}
