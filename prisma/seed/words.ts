// Small text helpers for the three content languages of the demo data.

export type Lang = "uz" | "ru" | "en";
export type Words = Readonly<Record<Lang, string>>;
export const LANGS: readonly Lang[] = ["uz", "ru", "en"];

export const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
export const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/** Builds one Words value by running the same composition in each language. */
export const perLang = (make: (lang: Lang) => string): Words => ({ uz: make("uz"), ru: make("ru"), en: make("en") });

/** "1 год", "3 года", "12 лет": Russian picks the noun form from the number's last digits. */
export function ruYears(n: number): string {
  const tens = n % 100;
  const ones = n % 10;
  if (tens >= 11 && tens <= 14) return `${n} лет`;
  if (ones === 1) return `${n} год`;
  return ones >= 2 && ones <= 4 ? `${n} года` : `${n} лет`;
}

export { slugify } from "../../app/utils/slugify";

/** Units in dimension strings are written as {cm}, {m}, {l} and spelled per language. */
const UNITS: Record<string, Words> = {
  cm: { uz: "sm", ru: "см", en: "cm" },
  m: { uz: "m", ru: "м", en: "m" },
  l: { uz: "l", ru: "л", en: "l" },
};
export const withUnits = (text: string, lang: Lang) =>
  text.replace(/\{(\w+)\}/g, (_, unit: string) => UNITS[unit]?.[lang] ?? unit);
