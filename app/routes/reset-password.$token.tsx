import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { AuthCard } from "~/modules/accounts/auth-card";
import { NewPasswordFields } from "~/modules/accounts/new-password-fields";
import { commonPasswordAnswer, NEW_PASSWORD_HIDDEN } from "~/modules/accounts/new-password.server";
import { completePasswordReset, findValidReset } from "~/modules/accounts/password-reset.server";
import { ResetPasswordSchema } from "~/modules/accounts/schemas";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "auth.resetNewTitle");

export async function loader({ params }: LoaderFunctionArgs) {
  return { valid: (await findValidReset(getDb(), params.token ?? "")) !== null };
}

const hidden = NEW_PASSWORD_HIDDEN;

export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: ResetPasswordSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: hidden }), { status: 400 });
  const common = commonPasswordAnswer(submission);
  if (common) return common;
  const done = await completePasswordReset(getDb(), params.token ?? "", submission.value.password);
  if (!done)
    return data(submission.reply({ formErrors: ["auth.resetLinkInvalid"], hideFields: hidden }), { status: 400 });
  return redirect("/login?reset=1");
}

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const { valid } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm("reset-password", ResetPasswordSchema, lastResult);
  if (!valid) {
    return (
      <AuthCard title={t("auth.resetNewTitle")} intro={<p role="alert">{t("auth.resetLinkInvalid")}</p>}>
        <Link to="/forgot-password" className="btn btn-primary">
          {t("auth.resetSend")}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("auth.resetNewTitle")}>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <FormErrors errors={form.errors} />
        <NewPasswordFields password={fields.password} confirm={fields.confirmPassword} label={t("auth.newPassword")} />
        <button type="submit" className="btn btn-primary">
          {t("common.save")}
        </button>
      </Form>
    </AuthCard>
  );
}
