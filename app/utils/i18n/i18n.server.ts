// An i18next instance for text made on the server outside React (emails, notifications): one per
// use, since requests in different languages run concurrently. Pages use the client instance
// (client.ts) fed with the page's language by the root loader.
import { createInstance, type i18n } from "i18next";
import { resources } from "./catalog.server";
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
