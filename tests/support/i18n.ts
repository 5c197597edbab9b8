import { catalogs } from "../../app/utils/i18n/catalog.server";

export type TestLocale = "uz" | "uz-Cyrl" | "ru" | "en";
type Tree = { readonly [key: string]: string | Tree };

/** The catalog's text for a key, so assertions follow the locale files instead of repeating them. */
export function translator(locale: TestLocale) {
  return (key: string, values: Record<string, string | number> = {}): string => {
    let node: string | Tree | undefined = catalogs[locale];
    for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
    if (typeof node !== "string") throw new Error(`no text for ${key} in ${locale}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
  };
}
