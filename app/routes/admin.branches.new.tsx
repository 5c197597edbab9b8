import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requestLocale } from "~/modules/shell/locale.server";
import { BranchPage } from "~/modules/config/branch-form";
import { BranchSchema } from "~/modules/config/branch-schemas";
import { createBranch, districtChoices } from "~/modules/config/branches.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "config.branches.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "config:manage");
  return { districts: await districtChoices(getDb(), requestLocale(request)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "config:manage");
  const submission = parseWithZod(await request.formData(), { schema: BranchSchema });
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  const result = await createBranch(getDb(), admin, submission.value);
  if (result.ok) return redirect("/admin/branches?done=created");
  const reply = submission.reply({ fieldErrors: { districtId: ["config.errors.districtRequired"] } });
  return data({ reply }, { status: 400 });
}

export default function NewBranchPage() {
  const { t } = useTranslation();
  const { districts } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <BranchPage
      title={t("config.branches.newTitle")}
      values={null}
      districts={districts}
      lastResult={answer?.reply}
      submitLabel={t("config.branches.create")}
    />
  );
}
