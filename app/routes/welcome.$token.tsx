import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { AuthCard } from "~/modules/accounts/auth-card";
import { NewPasswordFields } from "~/modules/accounts/new-password-fields";
import { commonPasswordAnswer, NEW_PASSWORD_HIDDEN } from "~/modules/accounts/new-password.server";
import { ResetPasswordSchema } from "~/modules/accounts/schemas";
import { signInWelcomed } from "~/modules/accounts/welcome-sign-in.server";
import { findWelcomeLink, setPasswordFromWelcomeLink } from "~/modules/accounts/welcome.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { formatPhone } from "~/utils/phone";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "welcome.title");

// The link of a welcome text or of the QR code on the sheet: the person knows whose account it is.
export async function loader({ params }: LoaderFunctionArgs) {
  const db = getDb();
  const link = await findWelcomeLink(db, params.token ?? "");
  const user = link ? await db.user.findUnique({ where: { id: link.userId }, select: { phone: true } }) : null;
  return { valid: link !== null, phone: user?.phone ? formatPhone(user.phone) : null };
}

const hidden = NEW_PASSWORD_HIDDEN;

export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: ResetPasswordSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: hidden }), { status: 400 });
  const common = commonPasswordAnswer(submission);
  if (common) return common;
  const db = getDb();
  const result = await setPasswordFromWelcomeLink(db, params.token ?? "", submission.value.password);
  if (result.ok) return signInWelcomed(db, request, result.user);
  return data(submission.reply({ formErrors: ["welcome.linkInvalid"], hideFields: hidden }), { status: 400 });
}

export default function WelcomeLinkPage() {
  const { t } = useTranslation();
  const { valid, phone } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm("welcome-link", ResetPasswordSchema, lastResult);
  if (!valid) {
    return (
      <AuthCard title={t("welcome.title")} intro={<p role="alert">{t("welcome.linkInvalid")}</p>}>
        <Link to="/welcome" className="btn btn-primary">
          {t("welcome.useCode")}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title={t("welcome.title")}
      intro={
        <>
          <p>{t("welcome.linkIntro")}</p>
          {phone ? <p>{t("welcome.yourLogin", { phone })}</p> : null}
        </>
      }
    >
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <FormErrors errors={form.errors} />
        <NewPasswordFields password={fields.password} confirm={fields.confirmPassword} label={t("welcome.password")} />
        <button type="submit" className="btn btn-primary">
          {t("welcome.save")}
        </button>
      </Form>
    </AuthCard>
  );
}
