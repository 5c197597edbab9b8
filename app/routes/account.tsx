import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { unreadCount } from "~/modules/notifications/inbox.server";
import { AccountLinks } from "~/modules/shell/account-links";
import { requestLocale } from "~/modules/shell/locale.server";
import { requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { uzbekText } from "~/utils/i18n/localized";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "account.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [sessions, unread] = await Promise.all([
    getDb().session.count({ where: { userId: user.id, expiresAt: { gt: new Date() } } }),
    unreadCount(getDb(), user.id),
  ]);
  const name = uzbekText(user.name, requestLocale(request));
  return { name, roles: user.roles, level: user.socialWorkerLevel, sessions, unread };
}

export default function AccountPage() {
  const { t } = useTranslation();
  const { name, roles, level, sessions, unread } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="account-title" className="max-w-2xl flex flex-col gap-4">
      <h1 id="account-title" className="text-3xl">
        {t("account.title")}
      </h1>
      {params.get("welcome") ? <p role="status">{t("account.welcome", { name })}</p> : null}
      <p>{t("account.signedInAs", { name })}</p>
      <div>
        <h2 className="text-xl mb-2">{t("account.rolesTitle")}</h2>
        <ul className="list-disc pl-6">
          {roles.map((role) => (
            <li key={role}>{t(`roles.${role}`)}</li>
          ))}
        </ul>
      </div>
      <AccountLinks roles={roles} level={level} unread={unread} />
      <div className="card p-4 flex flex-col gap-3">
        <h2 className="text-xl">{t("account.sessionsTitle")}</h2>
        <p>{t("account.sessionsCount", { count: sessions })}</p>
        <Form method="post" action="/logout">
          <input type="hidden" name="everywhere" value="1" />
          <button type="submit" className="btn btn-secondary">
            {t("auth.logoutEverywhere")}
          </button>
        </Form>
      </div>
    </section>
  );
}
