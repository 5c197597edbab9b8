import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { ConsoleNav } from "~/modules/console/console-nav";
import { AddCraftForm, CraftCard } from "~/modules/config/craft-forms";
import { CraftSchema } from "~/modules/config/craft-schemas";
import { addCraft, craftList, removeCraft, updateCraft } from "~/modules/config/crafts.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { badRequest } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "config.crafts.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "config:manage");
  return { crafts: await craftList(getDb(), requestLocale(request)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "config:manage");
  const form = await request.formData();
  const intent = form.get("intent");
  const id = String(form.get("id") ?? "");
  if (intent === "remove") {
    const result = await removeCraft(getDb(), admin, id);
    if (result.ok) return redirect("/admin/crafts?done=removed");
    return data({ intent, id, refused: result.reason }, { status: 409 });
  }
  if (intent !== "add" && intent !== "save") badRequest();
  const submission = parseWithZod(form, { schema: CraftSchema });
  if (submission.status !== "success") return data({ intent, id, reply: submission.reply() }, { status: 400 });
  const result =
    intent === "add"
      ? await addCraft(getDb(), admin, submission.value)
      : await updateCraft(getDb(), admin, id, submission.value);
  if (result.ok) return redirect(`/admin/crafts?done=${intent === "add" ? "added" : "saved"}`);
  const reply = submission.reply({ formErrors: [`config.errors.${result.reason}`] });
  return data({ intent, id, reply }, { status: 400 });
}

const DONE = ["added", "saved", "removed"] as const;

export default function CraftsPage() {
  const { t } = useTranslation();
  const { crafts } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = DONE.find((value) => value === params.get("done"));
  const refused = answer && "refused" in answer ? answer.refused : null;
  const replyFor = (intent: string, id = "") =>
    answer && "reply" in answer && answer.intent === intent && answer.id === id ? answer.reply : undefined;
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("config.crafts.title")}</h1>
      <ConsoleNav current="/admin/crafts" />
      <PageNotice text={done && !answer ? t(`config.crafts.done.${done}`) : null} />
      <PageNotice text={refused ? t(`config.crafts.refused.${refused}`) : null} problem />
      <p>{t("config.crafts.intro")}</p>
      <AddCraftForm lastResult={replyFor("add")} nextOrder={(crafts.at(-1)?.sortOrder ?? 0) + 1} />
      <ul className="flex flex-col gap-4" aria-label={t("config.crafts.listLabel")}>
        {crafts.map((craft) => (
          <CraftCard key={craft.id} craft={craft} lastResult={replyFor("save", craft.id)} />
        ))}
      </ul>
    </div>
  );
}
