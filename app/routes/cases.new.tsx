import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { afterChange, invalidInput } from "~/modules/cases/case-answers.server";
import { casePath } from "~/modules/cases/case-links";
import { openCase, openingFacts } from "~/modules/cases/open.server";
import { OpenCaseSchema } from "~/modules/cases/schemas";
import { OpenCaseForm } from "~/modules/cases/small-forms";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { uzbekText } from "~/utils/i18n/localized";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "cases.open.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "case:manage");
  const artisanId = new URL(request.url).searchParams.get("artisan") ?? "";
  const facts = await openingFacts(getDb(), worker.id, artisanId);
  if (!facts) notFound();
  // The case already open, when it is the worker's to see: go there instead.
  if (facts.openCaseId) throw redirect(casePath(facts.openCaseId));
  return {
    artisanId: facts.artisan.id,
    name: uzbekText(facts.artisan.displayName, requestLocale(request)),
    blocker: !facts.mayRunCases ? "level" : !facts.hasConsent ? "noConsent" : facts.hasOpenCase ? "alreadyOpen" : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const worker = await requirePermission(request, "case:manage");
  const submission = parseWithZod(await request.formData(), { schema: OpenCaseSchema });
  if (submission.status !== "success") return invalidInput(submission);
  const result = await openCase(getDb(), worker, submission.value);
  return afterChange(result, submission, result.ok ? `${casePath(result.caseId)}?done=opened` : "");
}

export default function OpenCasePage() {
  const { t } = useTranslation();
  const { artisanId, name, blocker } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <div className="max-w-2xl flex flex-col gap-4">
      <h1 className="text-3xl">{t("cases.open.heading", { name })}</h1>
      {blocker === "level" ? <p>{t("cases.levelOnly")}</p> : null}
      {blocker && blocker !== "level" ? <p role="alert">{t(`cases.refused.${blocker}`)}</p> : null}
      {blocker ? null : (
        <>
          <p>{t("cases.open.intro")}</p>
          <OpenCaseForm artisanId={artisanId} lastResult={answer?.reply} />
        </>
      )}
      <p>
        <Link to={`/caseload/artisans/${encodeURIComponent(artisanId)}`} className="inline-flex min-h-11 items-center">
          {t("onboarding.backToArtisan")}
        </Link>
      </p>
    </div>
  );
}
