import type { Locale } from "./locales";
import { latinToCyrillic } from "./transliterate";

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

/** Names held in Uzbek only (mahallas, people's names): Cyrillic pages get them transliterated. */
export function uzbekName(name: string, locale: Locale): string {
  return locale === "uz-Cyrl" ? latinToCyrillic(name) : name;
}
