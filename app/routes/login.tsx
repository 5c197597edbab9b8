import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { AuthCard } from "~/modules/accounts/auth-card";
import { countLoginAttempt, tooManyAttempts } from "~/modules/accounts/limits.server";
import { startSession, verifyLogin } from "~/modules/accounts/login.server";
import { LoginSchema } from "~/modules/accounts/schemas";
import { sessionHeadersWithCart } from "~/modules/cart/merge.server";
import { withClaimedGuestOrders } from "~/modules/orders/guest-orders.server";
import { getUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { safeRedirect } from "~/utils/redirect.server";
import { parseIdentifier } from "~/utils/phone";
import { sessionCookie } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "auth.loginTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/account");
  return { signedOutEverywhere: new URL(request.url).searchParams.get("signedOut") === "all" };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: LoginSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const db = getDb();
  const identifier = parseIdentifier(submission.value.identifier)!;
  const attempt = await countLoginAttempt(db, context, identifier);
  if (!attempt.allowed) {
    return data(
      submission.reply({ formErrors: ["auth.tooManyAttempts"], hideFields: ["password"] }),
      tooManyAttempts(attempt),
    );
  }
  const user = await verifyLogin(db, identifier, submission.value.password);
  if (!user) {
    return data(submission.reply({ formErrors: ["auth.invalidCredentials"], hideFields: ["password"] }), {
      status: 400,
    });
  }
  // The right password ends the count: only failures should bring a person nearer the limit.
  await attempt.forgive();
  const { token, needsTwoFactor } = await startSession(db, user, request.headers.get("user-agent"));
  const next = safeRedirect(submission.value.redirectTo, "/account");
  const to = needsTwoFactor ? `/login/two-factor?redirectTo=${encodeURIComponent(next)}` : next;
  const headers = await sessionHeadersWithCart(db, request, user.id, sessionCookie(token));
  return redirect(to, { headers: await withClaimedGuestOrders(db, request, user.id, headers) });
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { signedOutEverywhere } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [form, fields] = useValidatedForm("login", LoginSchema, lastResult);
  return (
    <AuthCard
      title={t("auth.loginTitle")}
      intro={signedOutEverywhere ? <p role="status">{t("auth.loggedOutEverywhere")}</p> : null}
    >
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <FormErrors errors={form.errors} />
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <Field meta={fields.identifier} label={t("auth.emailOrPhone")} type="text" autoComplete="username" />
        <Field meta={fields.password} label={t("auth.password")} type="password" autoComplete="current-password" />
        <button type="submit" className="btn btn-primary">
          {t("auth.loginButton")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t("auth.forgotPassword")}</Link>
      </p>
      <p>
        {t("auth.noAccount")} <Link to="/signup">{t("auth.signupButton")}</Link>
      </p>
    </AuthCard>
  );
}
