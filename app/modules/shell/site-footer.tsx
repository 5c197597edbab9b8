import { useTranslation } from "react-i18next";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="border-t border-[var(--color-line)] bg-[var(--color-card)] mt-8">
      <div className="max-w-6xl mx-auto px-4 py-6 flex flex-col gap-2">
        <p className="font-semibold">{t("common.appName")}</p>
        <p className="text-[var(--color-muted)]">{t("common.footerAbout")}</p>
      </div>
    </footer>
  );
}
