import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RootData } from "./root-data.server";

/** The signed-in person's links (or log in / sign up), inside the header's menu. */
export function AccountNav({ data }: { data: RootData | undefined }) {
  const { t } = useTranslation();
  const isBuyer = data?.user?.roles.includes("BUYER") ?? false;
  return (
    <nav aria-label={t("common.accountNav")} className="flex flex-wrap items-center gap-2">
      {data?.user ? (
        <>
          {isBuyer ? (
            <Link to="/favourites" className="btn btn-quiet">
              {t("favourites.link")}
            </Link>
          ) : null}
          {isBuyer ? (
            <Link to="/orders" className="btn btn-quiet">
              {t("orders.link")}
            </Link>
          ) : null}
          <Link to="/notifications" className="btn btn-quiet">
            {data.unreadNotices > 0
              ? t("notifications.page.linkUnread", { count: data.unreadNotices })
              : t("notifications.page.link")}
          </Link>
          <Link to="/account" className="btn btn-quiet">
            {t("common.account")}
          </Link>
          <Form method="post" action="/logout">
            <button type="submit" className="btn btn-quiet">
              {t("common.logout")}
            </button>
          </Form>
        </>
      ) : (
        <>
          <Link to="/login" className="btn btn-quiet">
            {t("common.login")}
          </Link>
          <Link to="/signup" className="btn btn-secondary">
            {t("common.signup")}
          </Link>
        </>
      )}
    </nav>
  );
}
