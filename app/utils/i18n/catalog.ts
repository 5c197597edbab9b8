// Translation catalogs, one JSON file per language with a namespace per feature ("common",
// "auth", …). Uzbek Cyrillic has no file: it is the Uzbek Latin catalog transliterated, so the two
// scripts can never drift apart.
import en from "~/locales/en.json";
import ru from "~/locales/ru.json";
import uz from "~/locales/uz.json";
import type { Locale } from "./locales";
import { latinToCyrillic } from "./transliterate";

export type Catalog = { readonly [key: string]: string | Catalog };

function mapStrings(catalog: Catalog, convert: (text: string) => string): Catalog {
  return Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => [
      key,
      typeof value === "string" ? convert(value) : mapStrings(value, convert),
    ]),
  );
}

export const catalogs: Readonly<Record<Locale, Catalog>> = {
  uz,
  "uz-Cyrl": mapStrings(uz, latinToCyrillic),
  ru,
  en,
};

/** Resources in the shape i18next's init() takes, everything in the default namespace. */
export const resources = Object.fromEntries(
  Object.entries(catalogs).map(([locale, translation]) => [locale, { translation }]),
) as Record<Locale, { translation: Catalog }>;

/** Flattens a catalog to dotted keys ("auth.email"), the form t() is called with. */
export function flatten(catalog: Catalog, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix + key;
    if (typeof value === "string") flat.set(path, value);
    else for (const entry of flatten(value, `${path}.`)) flat.set(...entry);
  }
  return flat;
}
