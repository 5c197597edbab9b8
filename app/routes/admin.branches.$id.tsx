import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BranchPage } from "~/modules/config/branch-form";
import { BranchSchema } from "~/modules/config/branch-schemas";
import { branchForEdit, districtChoices, updateBranch } from "~/modules/config/branches.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "config.branches.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "config:manage");
  const branch = await branchForEdit(getDb(), params.id ?? "");
  if (!branch) notFound();
  return { branch, districts: await districtChoices(getDb(), requestLocale(request)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "config:manage");
  const submission = parseWithZod(await request.formData(), { schema: BranchSchema });
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  const result = await updateBranch(getDb(), admin, params.id ?? "", submission.value);
  if (result.ok) return redirect("/admin/branches?done=saved");
  if (result.reason === "notFound") notFound();
  const reply = submission.reply({ fieldErrors: { districtId: ["config.errors.districtRequired"] } });
  return data({ reply }, { status: 400 });
}

export default function EditBranchPage() {
  const { t } = useTranslation();
  const { branch, districts } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <BranchPage
      title={t("config.branches.editTitle")}
      values={branch}
      districts={districts}
      lastResult={answer?.reply}
      submitLabel={t("config.branches.save")}
    />
  );
}
