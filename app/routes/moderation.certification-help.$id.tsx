import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { answerHelp, helpRequest, markHelpDone } from "~/modules/certificates/help.server";
import { AnswerSchema } from "~/modules/certificates/schemas";
import { BackLink, WordsForm } from "~/modules/certificates/words-form";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { badRequest, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "certificates.helpQueue.one");

// Another district's request is "not found" for a moderator; administrators see all.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const adviser = await requirePermission(request, "certification:advise");
  const found = await helpRequest(getDb(), adviser, params.id ?? "", requestLocale(request));
  if (!found) notFound();
  return { request: found };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const adviser = await requirePermission(request, "certification:advise");
  const id = params.id ?? "";
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "done") {
    const result = await markHelpDone(getDb(), adviser, id);
    if (result.ok) return redirect("/moderation/certification-help?done=closed");
    return result.reason === "notFound"
      ? notFound()
      : data({ reply: undefined, refused: result.reason }, { status: 409 });
  }
  if (intent !== "answer") badRequest();
  const submission = parseWithZod(form, { schema: AnswerSchema });
  if (submission.status !== "success") return data({ reply: submission.reply(), refused: null }, { status: 400 });
  const result = await answerHelp(getDb(), adviser, id, submission.value.answer);
  if (result.ok) return redirect("/moderation/certification-help?done=answered");
  return result.reason === "notFound"
    ? notFound()
    : data({ reply: undefined, refused: result.reason }, { status: 409 });
}

export default function CertificationHelpPage() {
  const { t } = useTranslation();
  const { request } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <BackLink to="/moderation/certification-help" label={t("certificates.helpQueue.back")} />
      <h1 className="text-3xl">{t("certificates.helpQueue.entry", { title: request.listing.title })}</h1>
      <PageNotice text={answer?.refused ? t(`certificates.refused.${answer.refused}`) : null} problem />
      <section className="card p-4 flex flex-col gap-2">
        <p>{t("certificates.helpQueue.who", { artisan: request.artisan, district: request.district })}</p>
        {request.listing.public ? (
          <p>
            <Link to={`/l/${request.listing.slug}`} className="inline-flex min-h-11 items-center">
              {t("certificates.helpQueue.seeListing")}
            </Link>
          </p>
        ) : null}
        <p className="font-semibold">{t("certificates.help.yourQuestion")}</p>
        <p className="whitespace-pre-line">{request.question}</p>
        <p>{t(`certificates.helpStatus.${request.status}`)}</p>
      </section>
      {request.status !== "DONE" ? (
        <WordsForm
          id="answer"
          field="answer"
          schema={AnswerSchema}
          lastResult={answer?.reply}
          intent="answer"
          saved={request.answer}
          label={t("certificates.helpQueue.answer")}
          hint={t("certificates.helpQueue.answerHint")}
          submit={t("certificates.helpQueue.send")}
          primary
        />
      ) : (
        <p className="whitespace-pre-line">{request.answer}</p>
      )}
      {request.status === "ANSWERED" ? (
        <Form method="post">
          <button type="submit" name="intent" value="done" className="btn btn-secondary">
            {t("certificates.helpQueue.markDone")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
