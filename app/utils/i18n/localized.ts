import { htmlLang, isLocale, type Locale } from "./locales";
import { cyrillicToLatin, latinToCyrillic } from "./transliterate";

type Columns<F extends string> = { [K in `${F}Uz`]: string | null } & { [K in `${F}Ru` | `${F}En`]?: string | null };

/**
 * Picks the column for the page's language from a row with <field>Uz / <field>Ru / <field>En.
 * Uzbek Cyrillic is derived from the Uzbek text; a missing Russian or English text falls back to
 * Uzbek, because an artisan may write in Uzbek only.
 */
export function localized<F extends string>(row: Columns<F>, field: F, locale: Locale): string {
  const uz = (row as Record<string, string | null>)[`${field}Uz`] ?? "";
  if (locale === "uz") return uz;
  if (locale === "uz-Cyrl") return latinToCyrillic(uz);
  const other = (row as Record<string, string | null | undefined>)[`${field}${locale === "ru" ? "Ru" : "En"}`];
  return other || uz;
}

/**
 * Text held in Uzbek only — people's and places' names, addresses, an order's contact — as it was
 * typed, in Latin letters as a rule: Cyrillic pages get it transliterated at render time, so it is
 * never frozen in the script of the page it was typed on. Other pages show it as stored.
 */
export function uzbekText(name: string, locale: Locale): string {
  return locale === "uz-Cyrl" ? latinToCyrillic(name) : name;
}

/** Text with the language it is in, for a `lang` attribute where it differs from the page's. */
export type LocalText = { text: string; lang: string };

/**
 * Free text a person wrote on a page in `writtenIn` (a review, an answer): Uzbek — in either
 * script — reads in the reader's script on an Uzbek page; any other text stays as written, marked
 * with its language so screen readers and translators know it.
 */
export function writtenText(text: string, writtenIn: string, locale: Locale): LocalText {
  const source: Locale = isLocale(writtenIn) ? writtenIn : "uz";
  const uzbek = (l: Locale) => l === "uz" || l === "uz-Cyrl";
  if (uzbek(source) && uzbek(locale))
    return { text: locale === "uz-Cyrl" ? latinToCyrillic(text) : cyrillicToLatin(text), lang: htmlLang(locale) };
  return { text, lang: htmlLang(source) };
}
