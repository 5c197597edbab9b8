import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DisplaySettings } from "./display-settings";
import { LanguageSwitcher } from "./language-switcher";
import type { RootData } from "./root-data.server";

/** First in every page, before the assisted-mode banner too: keyboard users reach the content in one step. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href="#main" className="skip-link btn btn-primary">
      {t("common.skipToContent")}
    </a>
  );
}

export function SiteHeader({ data }: { data: RootData | undefined }) {
  const { t } = useTranslation();
  return (
    <header className="border-b border-[var(--color-line)] bg-[var(--color-card)]">
      <div className="max-w-6xl mx-auto px-4 py-3 flex flex-wrap items-center gap-x-6 gap-y-3">
        <Link to="/" className="text-2xl font-bold no-underline text-[var(--color-accent)] min-h-11 flex items-center">
          {t("common.appName")}
        </Link>
        <Form method="get" action="/catalog" role="search" className="flex flex-1 min-w-[16rem] gap-2">
          <label htmlFor="site-search" className="visually-hidden">
            {t("common.search")}
          </label>
          <input id="site-search" name="q" type="search" className="input flex-1" placeholder={t("common.searchPlaceholder")} />
          <button type="submit" className="btn btn-primary">
            {t("common.searchButton")}
          </button>
        </Form>
        <nav aria-label={t("common.accountNav")} className="flex flex-wrap items-center gap-2">
          <Link to="/cart" className="btn btn-quiet">
            {t("cart.headerLink", { count: data?.cartCount ?? 0 })}
          </Link>
          {data?.user ? (
            <>
              {data.user.roles.includes("BUYER") ? (
                <Link to="/favourites" className="btn btn-quiet">
                  {t("favourites.link")}
                </Link>
              ) : null}
              {data.user.roles.includes("BUYER") ? (
                <Link to="/orders" className="btn btn-quiet">
                  {t("orders.link")}
                </Link>
              ) : null}
              <Link to="/notifications" className="btn btn-quiet">
                {data.unreadNotices > 0 ? t("notifications.page.linkUnread", { count: data.unreadNotices }) : t("notifications.page.link")}
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
      </div>
      <div className="max-w-6xl mx-auto px-4 pb-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <LanguageSwitcher current={data?.locale ?? "uz"} path={data?.path ?? "/"} />
        <DisplaySettings preferences={data?.preferences} path={data?.path ?? "/"} />
      </div>
    </header>
  );
}
