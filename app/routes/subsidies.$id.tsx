import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams, type ShouldRevalidateFunction } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { PageNotice } from "~/components/page-notice";
import { requestLocale } from "~/modules/shell/locale.server";
import { ClaimChecks, ClaimFacts } from "~/modules/subsidies/claim-facts";
import { CountersignForms, DecisionForms, DraftForms, PaymentForm } from "~/modules/subsidies/claim-forms";
import type { ClaimOutcome } from "~/modules/subsidies/claim-step.server";
import { claimForWorker } from "~/modules/subsidies/claim-view.server";
import { countersignClaim, returnClaim } from "~/modules/subsidies/countersign.server";
import { approveClaim, rejectClaim } from "~/modules/subsidies/decide.server";
import { recordPayment } from "~/modules/subsidies/pay.server";
import { discardClaim, saveClaimDocuments, submitClaim } from "~/modules/subsidies/prepare.server";
import { DocumentsSchema, PaymentSchema, RejectSchema, ReturnSchema } from "~/modules/subsidies/reasons";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { dayOrNull, tashkentNow } from "~/utils/format";
import { badRequest, notFound } from "~/utils/http.server";
import { contentTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? contentTitle(matches, data.claim.artisan.name) : [];

// Another district's claim is "not found", as if it did not exist.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "subsidy:prepare");
  const claim = await claimForWorker(getDb(), worker.id, params.id ?? "", requestLocale(request));
  if (!claim) notFound();
  return { claim, today: dayOrNull(tashkentNow().today)! };
}

const DONE = {
  documents: "documents",
  submit: "submitted",
  countersign: "countersigned",
  return: "returned",
  approve: "approved",
  reject: "rejected",
  pay: "paid",
} as const;
type Intent = keyof typeof DONE;

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.id ?? "";
  const form = await request.formData();
  const intent = form.get("intent");
  const db = getDb();
  // Deciding and paying are a branch head's (the module checks the level); the rest any district worker's.
  const worker = await requirePermission(
    request,
    intent === "approve" || intent === "reject" || intent === "pay" ? "subsidy:decide" : "subsidy:prepare",
  );
  if (intent === "discard") {
    const result = await discardClaim(db, worker, id);
    return result.ok ? redirect("/subsidies?done=discarded") : settle(intent, result);
  }
  if (intent === "documents")
    return checked(intent, form, DocumentsSchema, (v) => saveClaimDocuments(db, worker, id, v.documentIds), id);
  if (intent === "submit") return settle(intent, await submitClaim(db, worker, id), id);
  if (intent === "countersign") return settle(intent, await countersignClaim(db, worker, id), id);
  if (intent === "return") return checked(intent, form, ReturnSchema, (v) => returnClaim(db, worker, id, v.note), id);
  if (intent === "approve") return settle(intent, await approveClaim(db, worker, id), id);
  if (intent === "reject") return checked(intent, form, RejectSchema, (v) => rejectClaim(db, worker, id, v), id);
  if (intent === "pay") return checked(intent, form, PaymentSchema, (v) => recordPayment(db, worker, id, v), id);
  badRequest();
}

/** The form checked (its errors back to it, what was typed kept), then the step. */
async function checked<T extends Record<string, unknown>>(
  intent: Intent,
  form: FormData,
  schema: z.ZodType<T>,
  step: (value: T) => Promise<ClaimOutcome>,
  id: string,
) {
  const submission = parseWithZod(form, { schema });
  if (submission.status !== "success") return data({ intent, reply: submission.reply() }, { status: 400 });
  return settle(intent, await step(submission.value), id);
}

/** Back to the claim with a notice when it went through; a refusal is said at the top of the page. */
function settle(intent: Intent | "discard", result: ClaimOutcome, id = "") {
  if (result.ok && intent !== "discard") return redirect(`/subsidies/${encodeURIComponent(id)}?done=${DONE[intent]}`);
  if (!result.ok && result.reason === "notFound") notFound();
  return data({ intent, refused: result.ok ? "alreadyDone" : result.reason }, { status: 409 });
}

// A refused step (409) is usually someone else's step made first: show the claim as it now stands.
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 || defaultShouldRevalidate;

export default function SubsidyClaimPage() {
  const { t } = useTranslation();
  const { claim, today } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const replyTo = (intent: string) => (answer?.intent === intent && "reply" in answer ? answer.reply : undefined);
  const refused = answer && "refused" in answer ? answer.refused : null;
  const [params] = useSearchParams();
  const done = params.get("done");
  const decided = claim.status === "APPROVED" || claim.status === "REJECTED" || claim.status === "PAID";
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <p>
        <Link to="/subsidies" className="inline-flex min-h-11 items-center">
          {t("subsidies.claim.back")}
        </Link>
      </p>
      <h1 className="text-3xl">{t("subsidies.claim.title", { name: claim.artisan.name })}</h1>
      <PageNotice text={done && Object.values(DONE).includes(done as never) ? t(`subsidies.done.${done}`) : null} />
      <PageNotice text={refused ? t(`subsidies.refused.${refused}`) : null} problem />
      {claim.fourEyes ? <PageNotice text={t("subsidies.claim.fourEyes")} /> : null}
      <ClaimFacts claim={claim} />
      {decided ? (
        <p>
          <Link to={`/subsidies/${claim.id}/letter`} className="btn btn-secondary">
            {t("subsidies.letter.open")}
          </Link>
        </p>
      ) : null}
      <ClaimChecks claim={claim} />
      {claim.may.editDraft ? <DraftForms claim={claim} lastResult={replyTo("documents")} /> : null}
      {claim.may.countersign ? <CountersignForms lastResult={replyTo("return")} /> : null}
      {claim.may.decide ? <DecisionForms lastResult={replyTo("reject")} /> : null}
      {claim.may.pay ? <PaymentForm lastResult={replyTo("pay")} today={today} /> : null}
    </div>
  );
}
