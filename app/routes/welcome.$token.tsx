import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { newPasswordFromLink } from "~/modules/accounts/new-password.server";
import { PasswordLinkPage } from "~/modules/accounts/password-link-page";
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
  const user = link
    ? await db.user.findUnique({ where: { id: link.userId }, select: { phone: true, email: true } })
    : null;
  // A staff account made in the console may sign in by email instead of a phone.
  return { valid: link !== null, phone: user?.phone ? formatPhone(user.phone) : null, email: user?.email ?? null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return newPasswordFromLink(request, "welcome.linkInvalid", async (password) => {
    const db = getDb();
    const result = await setPasswordFromWelcomeLink(db, params.token ?? "", password);
    return result.ok ? signInWelcomed(db, request, result.user) : null;
  });
}

export default function WelcomeLinkPage() {
  const { t } = useTranslation();
  const { valid, phone, email } = useLoaderData<typeof loader>();
  return (
    <PasswordLinkPage
      formId="welcome-link"
      title={t("welcome.title")}
      valid={valid}
      invalid={{ text: t("welcome.linkInvalid"), to: "/welcome", label: t("welcome.useCode") }}
      intro={
        <>
          <p>{t("welcome.linkIntro")}</p>
          {phone ? <p>{t("welcome.yourLogin", { phone })}</p> : null}
          {email ? <p>{t("welcome.yourLoginEmail", { email })}</p> : null}
        </>
      }
      passwordLabel={t("welcome.password")}
      saveLabel={t("welcome.save")}
      lastResult={useActionData<typeof action>()}
    />
  );
}
