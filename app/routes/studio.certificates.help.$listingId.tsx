import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { askForHelp, listingToAskAbout } from "~/modules/certificates/help.server";
import { QuestionSchema } from "~/modules/certificates/schemas";
import { BackLink, WordsForm } from "~/modules/certificates/words-form";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "certificates.ask.title");

// Another artisan's listing is "not found".
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const listing = await listingToAskAbout(getDb(), actor.artisanId, params.listingId ?? "", requestLocale(request));
  if (!listing) notFound();
  return { listing };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const submission = parseWithZod(await request.formData(), { schema: QuestionSchema });
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  const result = await askForHelp(getDb(), actor, params.listingId ?? "", submission.value.question);
  return result.ok ? redirect("/studio/certificates?done=asked") : notFound();
}

export default function AskForHelpPage() {
  const { t } = useTranslation();
  const { listing } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  // The suggestion is only a start: the artisan may write anything.
  const suggestion = listing.craft
    ? t("certificates.ask.suggestionCraft", { title: listing.title, craft: listing.craft })
    : t("certificates.ask.suggestion", { title: listing.title });
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <BackLink to="/studio/certificates" label={t("certificates.back")} />
      <h1 className="text-3xl">{t("certificates.ask.title")}</h1>
      <p>{t("certificates.ask.intro", { title: listing.title })}</p>
      <WordsForm
        id="ask"
        field="question"
        schema={QuestionSchema}
        lastResult={answer?.reply}
        saved={suggestion}
        label={t("certificates.ask.question")}
        hint={t("certificates.ask.hint")}
        submit={t("certificates.ask.submit")}
        primary
      />
    </div>
  );
}
