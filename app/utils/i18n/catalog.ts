// Translation catalogs: app/locales/<language>/<namespace>.json, one file per feature ("common",
// "auth", "cart", …), so features add text without touching each other's files. Uzbek Cyrillic has
// no files: it is the Uzbek Latin catalog transliterated, so the two scripts can never drift apart.
import type { Locale } from "./locales";
import { latinToCyrillic } from "./transliterate";

export type Catalog = { readonly [key: string]: string | Catalog };

const files = import.meta.glob<Catalog>("../../locales/*/*.json", { eager: true, import: "default" });

/** Every namespace file of one language, keyed by its file name: { auth: {…}, common: {…} }. */
function load(language: "uz" | "ru" | "en"): Catalog {
  const entries = Object.entries(files)
    .map(([file, content]) => [/locales\/([^/]+)\/([^/]+)\.json$/.exec(file), content] as const)
    .filter(([match]) => match?.[1] === language)
    .map(([match, content]) => [match![2]!, content]);
  return Object.fromEntries(entries);
}

const uz = load("uz");
const ru = load("ru");
const en = load("en");

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
