import { useTranslation } from "react-i18next";
import { isLocale } from "~/utils/i18n/locales";
import { formatMoney, fromMinor } from "~/utils/money";

export function Price({ minor, className = "" }: { minor: number; className?: string }) {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  return <span className={`font-bold ${className}`}>{formatMoney(fromMinor(minor), locale)}</span>;
}
