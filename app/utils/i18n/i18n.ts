// One i18next instance per render: per request on the server (requests in different languages run
// concurrently, so no shared global instance) and once in the browser. Hand it to
// react-i18next's <I18nextProvider i18n={…}>.
import { createInstance, type i18n, type TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { resources } from "./catalog";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

export function createI18n(locale: Locale): i18n {
  const instance = createInstance();
  // Resources are bundled, so with initAsync false init() finishes before it returns and t()
  // works at once, on the server as in the browser.
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    resources,
    initAsync: false,
    // React escapes what it renders; escaping here too would show &amp; to readers.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  return instance;
}

/** The t() of the instance given by the nearest I18nextProvider. */
export function useT(): TFunction {
  return useTranslation().t;
}
