import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { peopleIHelp } from "~/modules/assisted/people.server";
import { PersonCard } from "~/modules/assisted/person-card";
import { requireAssistant, startActing, stopActing } from "~/modules/assisted/switch.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { badRequest } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { PageNotice } from "~/components/page-notice";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "assisted.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireAssistant(request);
  return { people: await peopleIHelp(getDb(), user, requestLocale(request)), actingForId: user.actingForArtisanId };
}

// Start acting (then on to the artisan's studio), or stop — the banner on every page posts "stop" here too.
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "stop") {
    await stopActing(getDb(), await requireUser(request));
    return redirect("/assist?stopped=1");
  }
  if (intent !== "start") badRequest();
  const user = await requireAssistant(request);
  const result = await startActing(getDb(), user, String(form.get("artisanId") ?? ""));
  if (!result.ok) return data({ refused: true }, { status: 403 });
  return redirect("/studio");
}

export default function AssistPage() {
  const { t } = useTranslation();
  const { people, actingForId } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>()?.refused;
  const [params] = useSearchParams();
  const notice = refused ? "assisted.refused" : params.get("stopped") ? "assisted.stopped" : null;
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("assisted.title")}</h1>
      <PageNotice text={notice ? t(notice) : null} />
      <p>{t("assisted.intro")}</p>
      {people.length === 0 ? <p>{t("assisted.empty")}</p> : null}
      <ul className="flex flex-col gap-4">
        {people.map((person) => (
          <PersonCard key={person.id} person={person} acting={person.id === actingForId} />
        ))}
      </ul>
    </div>
  );
}
