import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { PrintButton } from "~/modules/fulfilment/print-button";
import { AccountPagesNav } from "~/modules/onboarding/account-pages-nav";
import { artisanAccount, issueArtisanWelcome } from "~/modules/onboarding/account.server";
import { WelcomeSheet } from "~/modules/onboarding/welcome-sheet";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { formatDateTime } from "~/utils/format";
import { badRequest, notFound } from "~/utils/http.server";
import type { Locale } from "~/utils/i18n/locales";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "welcome.account.title", { name: data?.account.name ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "artisan:onboard");
  const account = await artisanAccount(getDb(), worker.id, params.id ?? "", requestLocale(request));
  if (!account) notFound();
  return { account };
}

// "sms": the link and code are texted, then back to the page. "sheet": the answer is the sheet to
// print, since only digests are kept: printing again issues a new code (and spends this one).
export async function action({ request, params }: ActionFunctionArgs) {
  const worker = await requirePermission(request, "artisan:onboard");
  const intent = (await request.formData()).get("intent");
  if (intent !== "sms" && intent !== "sheet") badRequest();
  const id = params.id ?? "";
  const result = await issueArtisanWelcome(getDb(), worker, id, intent, {
    appUrl: getEnv().APP_URL,
    locale: requestLocale(request),
  });
  if (!result.ok) {
    if (result.reason === "notFound") notFound();
    return data({ refused: result.reason, sheet: null }, { status: 409 });
  }
  if (intent === "sms") return redirect(`/caseload/artisans/${id}/account?sent=1`);
  return { refused: null, sheet: result.sheet };
}

export default function ArtisanAccountPage() {
  const { t, i18n } = useTranslation();
  const { account } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  if (answer?.sheet) {
    return (
      <div className="max-w-3xl flex flex-col gap-4">
        <p className="no-print">{t("welcome.account.sheetReady")}</p>
        <PrintButton />
        <WelcomeSheet sheet={answer.sheet} />
        <p className="no-print">
          <Link to={`/caseload/artisans/${account.id}/account`} className="inline-flex min-h-11 items-center">
            {t("welcome.account.backToAccount")}
          </Link>
        </p>
      </div>
    );
  }
  const notice = answer?.refused ? t("welcome.account.noPhone") : params.get("sent") ? t("welcome.account.sent") : null;
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("welcome.account.title", { name: account.name })}</h1>
      <PageNotice text={notice} problem={Boolean(answer?.refused)} />
      <p>{t("welcome.account.intro")}</p>
      <dl className="card p-4 grid grid-cols-1 sm:grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("welcome.account.login")}</dt>
        <dd>{account.phone ?? t("welcome.account.noPhone")}</dd>
        <dt className="font-semibold">{t("welcome.account.password")}</dt>
        <dd>{account.hasPassword ? t("welcome.account.passwordSet") : t("welcome.account.passwordNotSet")}</dd>
        {account.pendingUntil ? (
          <>
            <dt className="font-semibold">{t("welcome.account.pending")}</dt>
            <dd>
              {t("welcome.account.pendingUntil", {
                until: formatDateTime(account.pendingUntil, i18n.language as Locale),
              })}
            </dd>
          </>
        ) : null}
      </dl>
      {account.phone ? (
        <section aria-labelledby="welcome-ways" className="flex flex-col gap-3">
          <h2 id="welcome-ways" className="text-xl">
            {t("welcome.account.waysTitle")}
          </h2>
          <p>{t("welcome.account.waysIntro")}</p>
          <Form method="post" className="flex flex-wrap gap-3">
            <button type="submit" name="intent" value="sms" className="btn btn-primary">
              {t("welcome.account.sendSms")}
            </button>
            <button type="submit" name="intent" value="sheet" className="btn btn-secondary">
              {t("welcome.account.printSheet")}
            </button>
          </Form>
          <p>{t("welcome.account.newCodeNote")}</p>
        </section>
      ) : null}
      <AccountPagesNav artisanId={account.id} other="helper" />
    </div>
  );
}
