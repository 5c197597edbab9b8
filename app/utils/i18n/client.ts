import type { Locale } from "./locales";
import { createTranslator, type Translation, type Translator } from "./translate";

export type { Translation };

/**
 * The page's translator, holding only the page's language, which the root loader sends; the
 * browser never downloads the other catalogs, nor i18next (translate.ts). Synchronous, so the
 * first render is already translated.
 */
export function createClientI18n(locale: Locale, translation: Translation): Translator {
  return createTranslator(locale, translation);
}
