import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { AuthCard } from "~/modules/accounts/auth-card";
import { countResetRequest, tooManyAttempts } from "~/modules/accounts/limits.server";
import { requestPasswordReset } from "~/modules/accounts/password-reset.server";
import { ForgotPasswordSchema } from "~/modules/accounts/schemas";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "auth.resetTitle");

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: ForgotPasswordSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), sent: false }, { status: 400 });
  const db = getDb();
  const attempt = await countResetRequest(db, context, submission.value.email);
  if (!attempt.allowed) {
    return data(
      { result: submission.reply({ formErrors: ["auth.tooManyAttempts"] }), sent: false },
      tooManyAttempts(attempt),
    );
  }
  await requestPasswordReset(db, submission.value.email, getEnv().APP_URL);
  return { result: submission.reply({ resetForm: true }), sent: true };
}

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useValidatedForm("forgot-password", ForgotPasswordSchema, actionData?.result);
  return (
    <AuthCard title={t("auth.resetTitle")} intro={<p>{t("auth.resetIntro")}</p>}>
      {actionData?.sent ? (
        <p role="status" className="card p-4">
          {t("auth.resetSent")}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <FormErrors errors={form.errors} />
        <Field meta={fields.email} label={t("auth.email")} type="email" autoComplete="email" />
        <button type="submit" className="btn btn-primary">
          {t("auth.resetSend")}
        </button>
      </Form>
    </AuthCard>
  );
}
