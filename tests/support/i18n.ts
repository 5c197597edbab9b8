import en from "../../app/locales/en.json" with { type: "json" };
import ru from "../../app/locales/ru.json" with { type: "json" };
import uz from "../../app/locales/uz.json" with { type: "json" };
import { latinToCyrillic } from "../../app/utils/i18n/transliterate";

export type TestLocale = "uz" | "uz-Cyrl" | "ru" | "en";
type Tree = { [key: string]: string | Tree };

const catalogs: Record<"uz" | "ru" | "en", Tree> = { uz, ru, en };

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
