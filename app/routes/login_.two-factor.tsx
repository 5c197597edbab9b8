import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { AuthCard } from "~/modules/accounts/auth-card";
import { countTwoFactorAttempt, tooManyAttempts } from "~/modules/accounts/limits.server";
import { TotpSchema } from "~/modules/accounts/schemas";
import { passTwoFactor, pendingTotpSetup } from "~/modules/accounts/two-factor.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { safeRedirect } from "~/utils/redirect.server";
import { findSession, sessionCookie } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "auth.totpTitle");

/** Only a session that passed the password step and still owes its TOTP code may be here. */
async function pendingSession(request: Request) {
  const session = await findSession(getDb(), request);
  if (!session) throw redirect("/login");
  if (session.twoFactorPassedAt) throw redirect("/account");
  return session;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await pendingSession(request);
  return { setup: await pendingTotpSetup(getDb(), session.user) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await pendingSession(request);
  const submission = parseWithZod(await request.formData(), { schema: TotpSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const db = getDb();
  const attempt = await countTwoFactorAttempt(db, context, session.userId);
  if (!attempt.allowed) {
    return data(
      submission.reply({ formErrors: ["auth.tooManyAttempts"], hideFields: ["code"] }),
      tooManyAttempts(attempt),
    );
  }
  const passed = await passTwoFactor(db, session, submission.value.code);
  if (!passed) {
    return data(submission.reply({ fieldErrors: { code: ["auth.totpInvalid"] }, hideFields: ["code"] }), {
      status: 400,
    });
  }
  await attempt.forgive(); // a right code ends the count, as the right password does
  return redirect(safeRedirect(submission.value.redirectTo, "/account"), {
    headers: { "Set-Cookie": sessionCookie(passed.token) },
  });
}

export default function TwoFactorPage() {
  const { t } = useTranslation();
  const { setup } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [form, fields] = useValidatedForm("two-factor", TotpSchema, lastResult);
  return (
    <AuthCard
      title={setup ? t("auth.totpSetupTitle") : t("auth.totpTitle")}
      intro={
        setup ? (
          <>
            <p>{t("auth.totpSetupIntro")}</p>
            <p>
              {t("auth.totpSecret")}: <code className="break-all font-mono text-lg">{setup.secret}</code>
            </p>
            <p>
              <a href={setup.uri}>{t("auth.totpOpenApp")}</a>
            </p>
          </>
        ) : (
          <p>{t("auth.totpIntro")}</p>
        )
      }
    >
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <FormErrors errors={form.errors} />
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <Field
          meta={fields.code}
          label={t("auth.totpCode")}
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
        />
        <button type="submit" className="btn btn-primary">
          {t("common.submit")}
        </button>
      </Form>
    </AuthCard>
  );
}
