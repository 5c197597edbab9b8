// The page's t(): what the components need of i18next and nothing more, so the browser does not
// download i18next (~19 KB gzipped) to read one language the root loader already sent. Same
// results as i18next for our catalogs (translate.test.ts compares every key): dotted keys,
// {{placeholders}}, plurals by Intl.PluralRules (key_one, key_few, …, falling back to the bare
// key), and the key itself when a text is missing.
import type { Locale } from "./locales";

export type Translation = { readonly [key: string]: unknown };
export type TOptions = { readonly [name: string]: unknown; count?: number };
export type TFunction = (key: string, options?: TOptions) => string;
/** The part of an i18next instance the components use (i18n.language, t). */
export type Translator = { language: Locale; t: TFunction };

export function createTranslator(language: Locale, translation: Translation): Translator {
  const plurals = new Intl.PluralRules(language);
  const lookup = (key: string): string | undefined => {
    let node: unknown = translation;
    for (const part of key.split(".")) {
      if (typeof node !== "object" || node === null) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === "string" ? node : undefined;
  };
  const t: TFunction = (key, options = {}) => {
    const { count } = options;
    const text =
      (typeof count === "number" ? lookup(`${key}_${plurals.select(count)}`) : undefined) ?? lookup(key) ?? key;
    return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
      const value = options[name];
      return value === undefined || value === null ? whole : String(value as string | number);
    });
  };
  return { language, t };
}
