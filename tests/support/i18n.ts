import fs from "node:fs";
import path from "node:path";
import { latinToCyrillic } from "../../app/utils/i18n/transliterate";

export type TestLocale = "uz" | "uz-Cyrl" | "ru" | "en";
type Tree = { [key: string]: string | Tree };

// The same files the app loads (app/locales/<language>/<namespace>.json), read directly.
function load(language: string): Tree {
  const dir = path.resolve("app/locales", language);
  const names = fs.readdirSync(dir).filter((f) => f.endsWith(".json"));
  return Object.fromEntries(names.map((f) => [f.slice(0, -5), JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))]));
}

const catalogs: Record<"uz" | "ru" | "en", Tree> = { uz: load("uz"), ru: load("ru"), en: load("en") };

/** The catalog's text for a key, so assertions follow the locale files instead of repeating them. */
export function translator(locale: TestLocale) {
  return (key: string, values: Record<string, string | number> = {}): string => {
    const source = catalogs[locale === "uz-Cyrl" ? "uz" : locale];
    let node: string | Tree | undefined = source;
    for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
    if (typeof node !== "string") throw new Error(`no text for ${key} in ${locale}`);
    const text = locale === "uz-Cyrl" ? latinToCyrillic(node) : node;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
  };
}
