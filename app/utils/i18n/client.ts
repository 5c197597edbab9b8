import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Locale } from "./locales";

export type Translation = Record<string, unknown>;

/**
 * An i18next instance holding only the page's language, which the root loader sends; the browser
 * never downloads the other catalogs. Synchronous init, so the first render is already translated.
 */
export function createClientI18n(locale: Locale, translation: Translation): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    resources: { [locale]: { translation } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
