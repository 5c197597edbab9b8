import { useTranslation } from "react-i18next";
import { isLocale, type Locale } from "~/utils/i18n/locales";

/** The page's locale, for formatting dates and money outside <Price>. */
export function usePageLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : "uz";
}
