import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { AccountPagesNav } from "~/modules/onboarding/account-pages-nav";
import { HelperForm } from "~/modules/onboarding/helper-form";
import { HelperList } from "~/modules/onboarding/helper-list";
import { HelperSchema, RemoveHelperSchema } from "~/modules/onboarding/helper-schemas";
import { addHelper, removeHelper } from "~/modules/onboarding/helper.server";
import { artisanHelpers } from "~/modules/onboarding/helper-list.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { badRequest, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "welcome.helper.title", { name: data?.artisan.name ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "artisan:onboard");
  const page = await artisanHelpers(getDb(), worker.id, params.id ?? "", requestLocale(request));
  if (!page) notFound();
  return page;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const worker = await requirePermission(request, "artisan:onboard");
  const id = params.id ?? "";
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "remove") {
    const submission = parseWithZod(form, { schema: RemoveHelperSchema });
    if (submission.status !== "success") badRequest();
    const removed = await removeHelper(getDb(), worker, id, submission.value.helperLinkId);
    if (!removed.ok) notFound();
    return redirect(`/caseload/artisans/${id}/helper?removed=1`);
  }
  if (intent !== "add") badRequest();
  const submission = parseWithZod(form, { schema: HelperSchema });
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  const result = await addHelper(getDb(), worker, id, submission.value, getEnv().APP_URL);
  if (!result.ok) {
    if (result.reason === "notFound") notFound();
    return data(
      { reply: submission.reply({ fieldErrors: { phone: [`welcome.helper.refused.${result.reason}`] } }) },
      { status: 409 },
    );
  }
  return redirect(`/caseload/artisans/${id}/helper?added=${result.welcomed ? "welcome" : "1"}`);
}

const NOTICES: Record<string, string> = {
  welcome: "welcome.helper.addedWelcome",
  "1": "welcome.helper.added",
};

export default function ArtisanHelpersPage() {
  const { t } = useTranslation();
  const { artisan, assistedConsent, helpers } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  const added = NOTICES[params.get("added") ?? ""];
  const notice = added ? t(added) : params.get("removed") ? t("welcome.helper.removed") : null;
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("welcome.helper.title", { name: artisan.name })}</h1>
      <PageNotice text={notice} />
      <p>{t("welcome.helper.intro", { name: artisan.name })}</p>
      <p className="card p-4">
        {assistedConsent
          ? t("welcome.helper.consentOn", { name: artisan.name })
          : t("welcome.helper.consentOff", { name: artisan.name })}
      </p>
      <HelperList helpers={helpers} />
      <section aria-labelledby="helper-add" className="flex flex-col gap-3">
        <h2 id="helper-add" className="text-xl">
          {t("welcome.helper.add")}
        </h2>
        <p>{t("welcome.helper.addIntro")}</p>
        <HelperForm lastResult={answer?.reply} />
      </section>
      <AccountPagesNav artisanId={artisan.id} other="account" />
    </div>
  );
}
