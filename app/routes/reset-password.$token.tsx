import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { newPasswordFromLink } from "~/modules/accounts/new-password.server";
import { PasswordLinkPage } from "~/modules/accounts/password-link-page";
import { completePasswordReset, findValidReset } from "~/modules/accounts/password-reset.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "auth.resetNewTitle");

export async function loader({ params }: LoaderFunctionArgs) {
  return { valid: (await findValidReset(getDb(), params.token ?? "")) !== null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return newPasswordFromLink(request, "auth.resetLinkInvalid", async (password) =>
    (await completePasswordReset(getDb(), params.token ?? "", password)) ? redirect("/login?reset=1") : null,
  );
}

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const { valid } = useLoaderData<typeof loader>();
  return (
    <PasswordLinkPage
      formId="reset-password"
      title={t("auth.resetNewTitle")}
      valid={valid}
      invalid={{ text: t("auth.resetLinkInvalid"), to: "/forgot-password", label: t("auth.resetSend") }}
      passwordLabel={t("auth.newPassword")}
      saveLabel={t("common.save")}
      lastResult={useActionData<typeof action>()}
    />
  );
}
