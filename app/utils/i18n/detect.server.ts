// Which language to answer a request in: the reader's explicit choice (cookie), then what the
// browser asks for, then Uzbek Latin.
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { readCookie } from "~/utils/cookies";

export const LOCALE_COOKIE = "lang";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Maps a BCP 47 tag to one of our locales: uz-Cyrl(-UZ) → uz-Cyrl, uz(-Latn)(-UZ) → uz, ru-RU → ru. */
function localeForTag(tag: string): Locale | undefined {
  const [language, ...subtags] = tag.toLowerCase().split("-");
  if (language === "uz") return subtags.includes("cyrl") ? "uz-Cyrl" : "uz";
  return language === "ru" || language === "en" ? language : undefined;
}

/** Parses Accept-Language into tags ordered by q-value (ties keep the header's order). */
function acceptedTags(header: string | null): string[] {
  return (header ?? "")
    .split(",")
    .map((entry, index) => {
      const [tag = "", ...params] = entry.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== "" && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

export function detectLocale(request: Request): Locale {
  const chosen = readCookie(request, LOCALE_COOKIE);
  if (isLocale(chosen)) return chosen;
  for (const tag of acceptedTags(request.headers.get("Accept-Language"))) {
    const locale = localeForTag(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** Set-Cookie value remembering the reader's language for a year. Not secret, so not HttpOnly. */
export function localeCookieHeader(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
}
