// The languages the site speaks. Uzbek Latin is primary; Uzbek Cyrillic is generated from it.

export const LOCALES = ["uz", "uz-Cyrl", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "uz";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The BCP 47 tag for <html lang>. Plain "uz" means Latin, the script Uzbek defaults to (CLDR's
 * likely subtags), so only the Cyrillic variant names its script.
 */
export function htmlLang(locale: Locale): string {
  return locale;
}

/** The tag for <link rel="alternate" hreflang>; search engines accept the same BCP 47 tags. */
export function hreflang(locale: Locale): string {
  return htmlLang(locale);
}

// Each language named in itself, so a reader finds their own language in the switcher whatever
// language the page is in. These are data, not translations.
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  uz: "Oʻzbekcha",
  "uz-Cyrl": "Ўзбекча",
  ru: "Русский",
  en: "English",
};
