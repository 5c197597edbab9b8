import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { createStaffAccount } from "~/modules/people/create.server";
import { districtChoices } from "~/modules/people/districts.server";
import { CreateStaffSchema } from "~/modules/people/schemas";
import { StaffForm } from "~/modules/people/staff-form";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { pageTitle } from "~/utils/meta";
import { ConsoleNav } from "~/modules/console/console-nav";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "people.new.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "user:manage");
  return { regions: await districtChoices(getDb(), requestLocale(request)) };
}

// Created → the person's page, which says where the welcome link went (never the link itself).
// A taken email or phone, or a forged district, → the form again with what was typed and the message.
export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "user:manage");
  const submission = parseWithZod(await request.formData(), { schema: CreateStaffSchema });
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  const result = await createStaffAccount(getDb(), admin, submission.value, getEnv().APP_URL);
  if (result.ok) return redirect(`/admin/people/${result.userId}?done=created-${result.via}`);
  const field = { emailTaken: "email", phoneTaken: "phone", badDistrict: "districtIds" }[result.reason];
  return data(
    { reply: submission.reply({ fieldErrors: { [field]: [`people.refused.${result.reason}`] } }) },
    { status: 400 },
  );
}

export default function NewStaffPage() {
  const { t } = useTranslation();
  const { regions } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <p>
        <Link to="/admin/people" className="inline-flex min-h-11 items-center">
          {t("people.back")}
        </Link>
      </p>
      <h1 className="text-3xl">{t("people.new.title")}</h1>
      <ConsoleNav current="/admin/people" />
      <p>{t("people.new.intro")}</p>
      <StaffForm regions={regions} lastResult={answer?.reply} />
    </div>
  );
}
