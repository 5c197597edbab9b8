import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { requireStudio, studioActorOf } from "~/modules/assisted/studio-actor.server";
import { stopActing } from "~/modules/assisted/switch.server";
import { ConsentCard } from "~/modules/consent/consent-card";
import { artisanConsents } from "~/modules/consent/consent-list.server";
import { purposeFromSlug, purposeSlug } from "~/modules/consent/purposes";
import { withdrawConsent } from "~/modules/consent/withdraw.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { badRequest } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "studioAccount.consents.title");

// ?withdraw=<purpose> shows the confirmation of a standing consent; ?withdrawn=<purpose> says it is done.
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const consents = await artisanConsents(getDb(), actor.artisanId, requestLocale(request));
  const params = new URL(request.url).searchParams;
  const asked = purposeFromSlug(params.get("withdraw") ?? undefined);
  return {
    consents,
    confirming: consents.find((row) => row.purpose === asked && row.state === "given")?.purpose ?? null,
    withdrawn: purposeFromSlug(params.get("withdrawn") ?? undefined),
    acting: actor.onBehalfOf !== null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const actor = await studioActorOf(user, "listing:manage-own");
  const form = await request.formData();
  const purpose = form.get("intent") === "withdraw" ? purposeFromSlug(String(form.get("purpose") ?? "")) : null;
  if (!purpose) badRequest();
  const result = await withdrawConsent(getDb(), actor, actor.artisanId, purpose);
  if (!result.ok) return data({ refused: result.reason }, { status: 409 });
  // Someone acting for the artisan who ends assisted mode ends their own switch: back to their list.
  if (purpose === "ASSISTED_MODE" && actor.onBehalfOf) {
    await stopActing(getDb(), user, "notAllowed");
    return redirect("/assist?stopped=1");
  }
  return redirect(`/studio/consents?withdrawn=${purposeSlug(purpose)}`);
}

export default function StudioConsentsPage() {
  const { t } = useTranslation();
  const { consents, confirming, withdrawn, acting } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>()?.refused;
  const notice = refused
    ? t("studioAccount.consents.notGiven")
    : withdrawn
      ? t("studioAccount.consents.withdrawnNotice", { name: t(`consent.purpose.${withdrawn}.name`) })
      : null;
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("studioAccount.consents.title")}</h1>
      <PageNotice text={notice} problem={Boolean(refused)} />
      <p>{t("studioAccount.consents.intro")}</p>
      <p>{t("studioAccount.consents.again")}</p>
      <ul className="flex flex-col gap-4">
        {consents.map((row) => (
          <ConsentCard key={row.purpose} row={row} confirming={row.purpose === confirming} acting={acting} />
        ))}
      </ul>
    </div>
  );
}
