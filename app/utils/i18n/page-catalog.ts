// The page's translation catalog, for code that renders text outside a React provider of its own
// (the root's translator, meta titles). It is not sent inside the page: the browser fetches it once
// as a cached file (catalog-files.server.ts, ADR 013) before hydrating, and the server renders with
// the same one. Each side says where to find it before anything renders.
import type { Locale } from "./locales";
import { createTranslator, type Translation, type Translator } from "./translate";

export type PageCatalog = { locale: Locale; translation: Translation };

let current: () => PageCatalog | undefined = () => undefined;

/** Called once by entry.server (per request, from its async context) and entry.client (the fetched file). */
export function providePageCatalog(source: () => PageCatalog | undefined): void {
  current = source;
}

/** The translator of the page being rendered; an empty one (keys shown) if none was provided. */
export function pageTranslator(fallback: Locale = "uz"): Translator {
  const catalog = current();
  return createTranslator(catalog?.locale ?? fallback, catalog?.translation ?? {});
}

export const pageCatalogLocale = (): Locale | undefined => current()?.locale;
