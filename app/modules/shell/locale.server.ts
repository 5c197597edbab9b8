import { detectLocale } from "~/utils/i18n/detect.server";
import { isLocale, type Locale } from "~/utils/i18n/locales";

/**
 * `?lang=` wins, so every language of a page has its own URL (hreflang alternates, shared links);
 * then the cookie and the browser's languages (detectLocale).
 */
export function requestLocale(request: Request): Locale {
  const fromQuery = new URL(request.url).searchParams.get("lang");
  return isLocale(fromQuery) ? fromQuery : detectLocale(request);
}
