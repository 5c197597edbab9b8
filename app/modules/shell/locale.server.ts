import { detectLocale, LOCALE_COOKIE, localeCookieHeader } from "~/utils/i18n/detect.server";
import { isLocale, type Locale } from "~/utils/i18n/locales";
import { readCookie } from "~/utils/cookies";

/** The language `?lang=` names, if it is one of ours. */
function queryLocale(request: Request): Locale | null {
  const fromQuery = new URL(request.url).searchParams.get("lang");
  return isLocale(fromQuery) ? fromQuery : null;
}

/**
 * `?lang=` wins, so every language of a page has its own URL (hreflang alternates, shared links);
 * then the cookie and the browser's languages (detectLocale).
 */
export function requestLocale(request: Request): Locale {
  return queryLocale(request) ?? detectLocale(request);
}

/**
 * The Set-Cookie that keeps a language opened by URL, as the switcher keeps its choice, so the
 * next page without `?lang=` is in it too; null when the cookie already says so. Applied to every
 * answer in server/remix-handler.ts, which then sends it private (cache-policy.server.ts).
 */
export function rememberedLocaleCookie(request: Request): string | null {
  const locale = queryLocale(request);
  return locale && readCookie(request, LOCALE_COOKIE) !== locale ? localeCookieHeader(locale) : null;
}
