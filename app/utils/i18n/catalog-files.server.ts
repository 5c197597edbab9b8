import { createHash } from "node:crypto";
import { withoutPageTexts } from "~/modules/pages/content.server";
import { resources, type Catalog } from "./catalog.server";
import { LOCALES, type Locale } from "./locales";

// Each language's catalog as a file named by its content, so a browser downloads it once and keeps
// it until the text changes (a new name). Pages then carry none of it (issue 10: 65 KB a page).

export type CatalogFile = { locale: Locale; path: string; body: string; translation: Catalog };

const files = new Map<Locale, CatalogFile>(
  LOCALES.map((locale) => {
    const translation = withoutPageTexts(resources[locale].translation);
    const body = JSON.stringify(translation);
    const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
    return [locale, { locale, path: `/i18n/${locale}.${hash}.json`, body, translation }];
  }),
);

export const catalogFile = (locale: Locale): CatalogFile => files.get(locale)!;

/** The file at a request path, if it is one of ours (any other name: not found). */
export const catalogFileAt = (path: string): CatalogFile | undefined =>
  [...files.values()].find((file) => file.path === path);

/** What the server renders a page of this language with: exactly what the browser will fetch. */
export const serverCatalog = (locale: Locale) => ({ locale, translation: catalogFile(locale).translation });
