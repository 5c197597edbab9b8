import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AccountNav } from "./account-nav";
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

/**
 * A compact bar: name, search, cart and a menu. On a phone the menu (account, language, text size,
 * contrast) opens under a button — a <details>, so it works without JavaScript; on wider screens
 * it is always open (app.css) and the button is not shown.
 */
export function SiteHeader({ data }: { data: RootData | undefined }) {
  const { t } = useTranslation();
  const path = data?.path ?? "/";
  return (
    <header className="site-header border-b border-[var(--color-line)] bg-[var(--color-card)]">
      <div className="max-w-6xl mx-auto px-4 py-2 flex flex-wrap items-center gap-x-4 gap-y-2">
        <Link to="/" className="text-2xl font-bold no-underline text-[var(--color-accent)] min-h-11 flex items-center">
          {t("common.appName")}
        </Link>
        <Form
          method="get"
          action="/catalog"
          role="search"
          className="order-last basis-full flex gap-2 min-w-0 md:order-none md:basis-0 md:flex-1"
        >
          <label htmlFor="site-search" className="visually-hidden">
            {t("common.search")}
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            className="input flex-1 min-w-0"
            placeholder={t("common.searchPlaceholder")}
          />
          <button type="submit" className="btn btn-primary">
            {t("common.searchButton")}
          </button>
        </Form>
        <Link to="/cart" className="btn btn-quiet ms-auto md:ms-0">
          {t("cart.headerLink", { count: data?.cartCount ?? 0 })}
        </Link>
        <details className="site-menu open-from-md">
          <summary className="btn btn-quiet">{t("common.menu")}</summary>
          <div className="site-menu-panel">
            <AccountNav data={data} />
            <LanguageSwitcher current={data?.locale ?? "uz"} path={path} />
            <DisplaySettings preferences={data?.preferences} path={path} />
          </div>
        </details>
      </div>
    </header>
  );
}
