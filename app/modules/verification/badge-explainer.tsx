import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import { VerifiedBadge } from "./verified-badge";

/** The badge with, in plain words, what it means and when it was checked — nothing about the person's health. */
export function BadgeExplainer({ verifiedOn }: { verifiedOn: string | null }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  return (
    <div className="card p-4 flex flex-col gap-2 border-[var(--color-badge)]">
      <p>
        <VerifiedBadge />
      </p>
      <p>{t("common.badgeExplain")}</p>
      {verifiedOn ? (
        <p className="text-[var(--color-muted)]">{t("listing.verifiedOn", { date: formatDate(verifiedOn, locale) })}</p>
      ) : null}
    </div>
  );
}
