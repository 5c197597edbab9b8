import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { afterChange, invalidInput } from "~/modules/cases/case-answers.server";
import { CaseHeader } from "~/modules/cases/case-header";
import { doneAt } from "~/modules/cases/case-links";
import { loadCasePage, requireCaseWorker } from "~/modules/cases/case-page.server";
import { closeCase } from "~/modules/cases/close.server";
import { CloseSchema } from "~/modules/cases/schemas";
import { CloseForm } from "~/modules/cases/small-forms";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "cases.close.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  // Nothing sealed is shown here: the header only.
  return loadCasePage(request, params.id, "close", []);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const worker = await requireCaseWorker(request);
  const submission = parseWithZod(await request.formData(), { schema: CloseSchema });
  if (submission.status !== "success") return invalidInput(submission);
  const id = params.id ?? "";
  return afterChange(await closeCase(getDb(), worker, id, submission.value), submission, doneAt(id, "closed", "main"));
}

export default function CloseCasePage() {
  const { t } = useTranslation();
  const { case: found } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <div className="max-w-2xl flex flex-col gap-4">
      <CaseHeader found={found} title={t("cases.close.heading", { name: found.artisan.name })} />
      {found.stage === "CLOSED" ? (
        <p>{t("cases.refused.closed")}</p>
      ) : (
        <>
          <p>{t("cases.close.intro")}</p>
          <CloseForm lastResult={answer?.reply} />
        </>
      )}
    </div>
  );
}
