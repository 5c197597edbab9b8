import { useTranslation } from "react-i18next";
import { isLocale } from "~/utils/i18n/locales";
import type { FigureKind } from "./figures";
import { shownText } from "./shown-text";
import type { Shown } from "./small-numbers";

/** shownText in the page's language: what every cell of the dashboard prints. */
export function useShown() {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  return (value: Shown, kind: FigureKind, ifNull = "—") => shownText(value, kind, locale, t, ifNull);
}
