import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChecklistStepForm } from "~/modules/onboarding/checklist-form";
import { artisanChecklists } from "~/modules/onboarding/checklist-view.server";
import { saveChecklistStep } from "~/modules/onboarding/checklist.server";
import { ChecklistStepSchema } from "~/modules/onboarding/schemas";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { uzbekText } from "~/utils/i18n/localized";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "onboarding.checklist.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "artisan:onboard");
  const locale = requestLocale(request);
  const artisan = await getDb().artisanProfile.findFirst({
    where: { id: params.id ?? "", ...artisanInStaffDistricts(worker.id) },
    select: { id: true, displayName: true },
  });
  if (!artisan) notFound();
  return { name: uzbekText(artisan.displayName, locale), lists: await artisanChecklists(getDb(), artisan.id, locale) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const worker = await requirePermission(request, "artisan:onboard");
  const submission = parseWithZod(await request.formData(), { schema: ChecklistStepSchema });
  if (submission.status !== "success")
    return data({ reply: submission.reply(), step: submission.payload.step }, { status: 400 });
  const result = await saveChecklistStep(getDb(), worker, params.id ?? "", submission.value);
  if (!result.ok) notFound();
  return redirect(
    `/caseload/artisans/${encodeURIComponent(params.id ?? "")}/checklists?saved=${submission.value.step}#${submission.value.step}-title`,
  );
}

export default function ChecklistsPage() {
  const { t } = useTranslation();
  const { name, lists } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { id = "" } = useParams();
  const replyFor = (step: string) => (answer?.step === step ? answer.reply : undefined);
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("onboarding.checklist.heading", { name })}</h1>
      {(["selfEmployed", "learning"] as const).map((list) => (
        <section
          key={list}
          id={list === "selfEmployed" ? "self-employed" : "learning"}
          aria-labelledby={`${list}-title`}
          className="flex flex-col gap-3"
        >
          <h2 id={`${list}-title`} className="text-2xl">
            {t(`checklist.title.${list}`)}
          </h2>
          {lists[list].map((row) => (
            <ChecklistStepForm key={row.step} row={row} lastResult={replyFor(row.step)} />
          ))}
        </section>
      ))}
      <p>
        <Link to={`/caseload/artisans/${encodeURIComponent(id)}`}>{t("onboarding.backToArtisan")}</Link>
      </p>
    </div>
  );
}
