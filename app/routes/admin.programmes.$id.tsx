import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ProgrammeForm } from "~/modules/subsidies/programme-form";
import { programmeForEdit } from "~/modules/subsidies/programme-list.server";
import { programmeReply } from "~/modules/subsidies/programme-reply.server";
import { ProgrammeSchema } from "~/modules/subsidies/programme-schemas";
import { updateProgramme } from "~/modules/subsidies/programmes.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { ConsoleNav } from "~/modules/console/console-nav";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? pageTitle(matches, "admin.programmes.editTitle", { code: data.programme.code }) : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "config:manage");
  const programme = await programmeForEdit(getDb(), params.id ?? "");
  if (!programme) notFound();
  return { programme };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "config:manage");
  const submission = parseWithZod(await request.formData(), { schema: ProgrammeSchema });
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  const result = await updateProgramme(getDb(), admin, params.id ?? "", submission.value);
  return programmeReply(submission, result, "saved");
}

export default function ProgrammePage() {
  const { t } = useTranslation();
  const { programme } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <p>
        <Link to="/admin/programmes" className="inline-flex min-h-11 items-center">
          {t("admin.programmes.back")}
        </Link>
      </p>
      <h1 className="text-3xl">{t("admin.programmes.editTitle", { code: programme.code })}</h1>
      <ConsoleNav current="/admin/programmes" />
      <ProgrammeForm
        values={programme}
        claims={programme.claims}
        programmeId={programme.id}
        lastResult={answer?.reply}
      />
    </div>
  );
}
