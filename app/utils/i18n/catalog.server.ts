// Translation catalogs: app/locales/<language>/<namespace>.json, one file per feature ("common",
// "auth", "cart", …), so features add text without touching each other's files. Uzbek Cyrillic has
// no files: it is the Uzbek Latin catalog transliterated, so the two scripts can never drift apart.
// Server-only: read from disk once at start (the browser gets its one language from the root loader),
// which works the same under Vite, Vitest, tsx (server, jobs, scripts) and Playwright.
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "./locales";
import { latinToCyrillic } from "./transliterate";

export type Catalog = { readonly [key: string]: string | Catalog };

// The app always runs from the repository root (npm scripts), where app/locales lives.
const LOCALES_DIR = path.resolve(process.env.LOCALES_DIR ?? "app/locales");

/** Every namespace file of one language, keyed by its file name: { auth: {…}, common: {…} }. */
function load(language: "uz" | "ru" | "en"): Catalog {
  const dir = path.join(LOCALES_DIR, language);
  const names = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  return Object.fromEntries(
    names.map((name) => [name.slice(0, -5), JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"))]),
  );
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
