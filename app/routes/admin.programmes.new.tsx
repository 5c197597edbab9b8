import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ProgrammeForm } from "~/modules/subsidies/programme-form";
import { programmeForEdit } from "~/modules/subsidies/programme-list.server";
import { programmeReply } from "~/modules/subsidies/programme-reply.server";
import { ProgrammeSchema } from "~/modules/subsidies/programme-schemas";
import { createProgramme } from "~/modules/subsidies/programmes.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { ConsoleNav } from "~/modules/console/console-nav";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.programmes.newTitle");

// ?copy=<id>: a new programme filled in from an existing one (whose multiple is locked by its claims), code left empty.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "config:manage");
  const copyId = new URL(request.url).searchParams.get("copy");
  const source = copyId ? await programmeForEdit(getDb(), copyId) : null;
  if (!source) return { values: null, copiedFrom: null };
  const { id: _id, claims: _claims, ...values } = source;
  return {
    values: { ...values, code: "", documents: values.documents.map(({ id: _doc, ...names }) => names) },
    copiedFrom: source.code,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "config:manage");
  const submission = parseWithZod(await request.formData(), { schema: ProgrammeSchema });
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  return programmeReply(submission, await createProgramme(getDb(), admin, submission.value), "created");
}

export default function NewProgrammePage() {
  const { t } = useTranslation();
  const { values, copiedFrom } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <p>
        <Link to="/admin/programmes" className="inline-flex min-h-11 items-center">
          {t("admin.programmes.back")}
        </Link>
      </p>
      <h1 className="text-3xl">{t("admin.programmes.newTitle")}</h1>
      <ConsoleNav current="/admin/programmes" />
      {copiedFrom ? <p>{t("admin.programmes.copyOf", { code: copiedFrom })}</p> : null}
      <ProgrammeForm values={values} claims={0} lastResult={answer?.reply} />
    </div>
  );
}
