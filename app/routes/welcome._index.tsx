import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { AuthCard } from "~/modules/accounts/auth-card";
import { tooManyAttempts } from "~/modules/accounts/limits.server";
import { NewPasswordFields } from "~/modules/accounts/new-password-fields";
import { commonPasswordAnswer, NEW_PASSWORD_HIDDEN } from "~/modules/accounts/new-password.server";
import { WelcomeCodeSchema } from "~/modules/accounts/schemas";
import { signInWelcomed } from "~/modules/accounts/welcome-sign-in.server";
import { setPasswordWithCode } from "~/modules/accounts/welcome.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { normalizePhone } from "~/utils/phone";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "welcome.title");

const hidden = NEW_PASSWORD_HIDDEN;

// Phone + the code of a welcome sheet or text + the new password: then signed in. A wrong phone and
// a wrong, spent or expired code get the same answer; tries are counted (countWelcomeCodeAttempt).
export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: WelcomeCodeSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: hidden }), { status: 400 });
  const common = commonPasswordAnswer(submission);
  if (common) return common;
  const db = getDb();
  const { code, password } = submission.value;
  const result = await setPasswordWithCode(
    db,
    context,
    { phone: normalizePhone(submission.value.phone)!, code },
    password,
  );
  if (result.ok) return signInWelcomed(db, request, result.user);
  if (result.reason === "tooManyAttempts") {
    return data(
      submission.reply({ formErrors: ["auth.tooManyAttempts"], hideFields: hidden }),
      tooManyAttempts(result),
    );
  }
  return data(submission.reply({ formErrors: ["welcome.wrong"], hideFields: hidden }), { status: 400 });
}

export default function WelcomePage() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm("welcome", WelcomeCodeSchema, lastResult);
  return (
    <AuthCard title={t("welcome.title")} intro={<p>{t("welcome.intro")}</p>}>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <FormErrors errors={form.errors} />
        <Field
          meta={fields.phone}
          label={t("welcome.phone")}
          hint={t("welcome.phoneHint")}
          type="tel"
          inputMode="tel"
          autoComplete="username"
        />
        <Field
          meta={fields.code}
          label={t("welcome.code")}
          hint={t("welcome.codeHint", { example: "K7QM-4XRT" })}
          type="text"
          autoComplete="one-time-code"
        />
        <NewPasswordFields password={fields.password} confirm={fields.confirmPassword} label={t("welcome.password")} />
        <button type="submit" className="btn btn-primary">
          {t("welcome.save")}
        </button>
      </Form>
      <p>
        {t("welcome.haveAccount")}{" "}
        <Link to="/login" className="inline-flex min-h-11 items-center">
          {t("auth.loginButton")}
        </Link>
      </p>
    </AuthCard>
  );
}
