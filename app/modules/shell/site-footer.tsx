import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { STATIC_PAGES } from "~/modules/pages/paths";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="border-t border-[var(--color-line)] bg-[var(--color-card)] mt-8">
      <div className="max-w-6xl mx-auto px-4 py-6 flex flex-col gap-2">
        <p className="font-semibold">{t("common.appName")}</p>
        <nav aria-label={t("pages.nav.label")}>
          <ul className="flex flex-wrap gap-x-6">
            {STATIC_PAGES.map((name) => (
              <li key={name}>
                <Link to={`/${name}`} className="inline-flex min-h-11 items-center">
                  {t(`pages.nav.${name}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
