// Key completeness of the "pages" namespace across uz, ru and en (and the generated uz-Cyrl) is
// checked with every other namespace in app/utils/i18n/catalog.server.test.ts; these check what
// the static pages make of their texts.
import { describe, expect, it } from "vitest";
import { catalogs, flatten } from "~/utils/i18n/catalog.server";
import { LOCALES } from "~/utils/i18n/locales";
import { pageContent, withoutPageTexts } from "./content.server";
import { PAGE_VALUE_NAMES } from "./page-values";
import { STATIC_PAGES } from "./paths";
import { placeholderNames } from "./rich-text";

const everyText = (content: ReturnType<typeof pageContent>) => [
  content.title,
  ...content.lead,
  ...content.sections.flatMap((s) => [
    s.heading,
    ...s.text,
    ...s.list,
    ...s.steps,
    ...s.after,
    ...s.records.flatMap((r) => [r.heading, ...r.entries.flatMap((e) => [e.term, e.text])]),
  ]),
];

describe.each(LOCALES)("the static pages in %s", (locale) => {
  it.each(STATIC_PAGES)("%s has a title, a lead and sections that each say something", (name) => {
    const content = pageContent(locale, name);
    expect(content.locale).toBe(locale);
    expect(content.title).not.toBe("");
    expect(content.lead.length).toBeGreaterThan(0);
    expect(content.sections.length).toBeGreaterThan(1);
    for (const section of content.sections) {
      expect(section.heading, section.id).not.toBe("");
      const said = section.text.length + section.list.length + section.steps.length + section.records.length;
      expect(said, section.id).toBeGreaterThan(0);
    }
    expect(everyText(content).filter((text) => text.trim() === "")).toEqual([]);
  });

  it.each(STATIC_PAGES)("%s uses only the placeholders the page fills in", (name) => {
    const used = everyText(pageContent(locale, name)).flatMap(placeholderNames);
    expect(used.filter((n) => !(PAGE_VALUE_NAMES as readonly string[]).includes(n))).toEqual([]);
  });

  it("names the operator's contact lines in the page's language", () => {
    const { operator, association } = pageContent(locale, "contact").contacts;
    expect(operator.phone).toMatch(/^\+998 71 /);
    expect(association.email).toMatch(/@/);
    if (locale === "uz-Cyrl") expect(operator.address).not.toMatch(/[A-Za-z]/);
    if (locale === "ru") expect(operator.address).toMatch(/Ташкент/);
  });
});

describe("the words the pages use", () => {
  const uz = [...flatten(catalogs.uz).entries()].filter(([key]) => key.startsWith("pages."));

  it("never label anyone as unable to work, and say person-first", () => {
    expect(uz.filter(([, text]) => /mehnatga layoqatsiz/i.test(text))).toEqual([]);
    expect(pageContent("uz", "about").lead.join(" ")).toContain("nogironligi boʻlgan");
  });

  it("write oʻ and gʻ with the turned comma (U+02BB), as the rest of the catalog", () => {
    expect(uz.filter(([, text]) => /[oOgG]['’‘`]/.test(text)).map(([key]) => key)).toEqual([]);
  });

  it("name the personal-data law by its number", () => {
    expect(
      pageContent("uz", "privacy")
        .sections.find((s) => s.id === "law")
        ?.text.join(" "),
    ).toContain("OʻRQ-547");
    expect(
      pageContent("ru", "privacy")
        .sections.find((s) => s.id === "law")
        ?.text.join(" "),
    ).toContain("ЗРУ-547");
    expect(
      pageContent("en", "privacy")
        .sections.find((s) => s.id === "law")
        ?.text.join(" "),
    ).toContain("ZRU-547");
  });
});

describe("withoutPageTexts", () => {
  it("sends every page the footer's link names but not the pages' long texts", () => {
    const root = withoutPageTexts(catalogs.ru);
    expect(root.pages).toEqual({ nav: (catalogs.ru.pages as Record<string, unknown>).nav });
    expect(root.common).toBe(catalogs.ru.common);
    expect(withoutPageTexts(catalogs.ru)).toBe(root);
    expect(JSON.stringify(root).length).toBeLessThan(JSON.stringify(catalogs.ru).length);
  });
});
