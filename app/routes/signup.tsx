import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { AuthCard } from "~/modules/accounts/auth-card";
import { NewPasswordFields } from "~/modules/accounts/new-password-fields";
import { commonPasswordAnswer, NEW_PASSWORD_HIDDEN } from "~/modules/accounts/new-password.server";
import { countSignup, tooManyAttempts } from "~/modules/accounts/limits.server";
import { startSession } from "~/modules/accounts/login.server";
import { SignupSchema } from "~/modules/accounts/schemas";
import { signUpBuyer } from "~/modules/accounts/signup.server";
import { sessionHeadersWithCart } from "~/modules/cart/merge.server";
import { withClaimedGuestOrders } from "~/modules/orders/guest-orders.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { badRequest } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { parseIdentifier } from "~/utils/phone";
import { sessionCookie } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "auth.signupTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/account");
  return null;
}

const hidden = NEW_PASSWORD_HIDDEN;

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: SignupSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: hidden }), { status: 400 });
  // A filled honeypot is a bot: refuse without saying why.
  if (submission.value.website) badRequest();
  const db = getDb();
  const attempt = await countSignup(db, context);
  if (!attempt.allowed) {
    return data(
      submission.reply({ formErrors: ["auth.tooManyAttempts"], hideFields: hidden }),
      tooManyAttempts(attempt),
    );
  }
  const common = commonPasswordAnswer(submission);
  if (common) return common;
  const identifier = parseIdentifier(submission.value.identifier)!;
  const result = await signUpBuyer(db, { ...submission.value, identifier, locale: requestLocale(request) });
  if (!result.ok)
    return data(submission.reply({ fieldErrors: { identifier: [`errors.${result.reason}`] }, hideFields: hidden }), {
      status: 400,
    });
  const { token } = await startSession(db, { id: result.userId, roles: ["BUYER"] }, request.headers.get("user-agent"));
  const headers = await sessionHeadersWithCart(db, request, result.userId, sessionCookie(token));
  return redirect("/account?welcome=1", { headers: await withClaimedGuestOrders(db, request, result.userId, headers) });
}

export default function SignupPage() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm("signup", SignupSchema, lastResult);
  return (
    <AuthCard title={t("auth.signupTitle")} intro={<p>{t("auth.signupIntro")}</p>}>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <FormErrors errors={form.errors} />
        <Field meta={fields.name} label={t("auth.name")} type="text" autoComplete="name" />
        <Field
          meta={fields.identifier}
          label={t("auth.emailOrPhone")}
          hint={t("auth.emailOrPhoneHint")}
          type="text"
          autoComplete="username"
        />
        <NewPasswordFields password={fields.password} confirm={fields.confirmPassword} label={t("auth.password")} />
        <div className="visually-hidden" aria-hidden="true">
          <label htmlFor="signup-website">{t("auth.honeypotLabel")}</label>
          <input id="signup-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <button type="submit" className="btn btn-primary">
          {t("auth.signupButton")}
        </button>
      </Form>
      <p>
        {t("auth.haveAccount")} <Link to="/login">{t("auth.loginButton")}</Link>
      </p>
    </AuthCard>
  );
}
