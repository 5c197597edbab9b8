import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { createI18n } from "~/utils/i18n/i18n.server";
import type { Locale } from "~/utils/i18n/locales";
import { fromMinor } from "~/utils/money";
import { PartItems } from "./part-items";

const part = {
  items: [{ id: "i1", title: "Koʻk kosa", quantity: 2, unitPrice: fromMinor(3_000_000) }],
  total: fromMinor(6_000_000),
};

describe("the items of an order part", () => {
  it.each<[Locale, string]>([
    ["uz", "Koʻk kosa — 2 dona"],
    ["uz-Cyrl", "Koʻk kosa — 2 дона"],
    ["ru", "Koʻk kosa — 2 шт."],
    ["en", "Koʻk kosa — 2 pcs."],
  ])("say how many to make, in %s", (locale, line) => {
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={createI18n(locale)}>
        <PartItems part={part} />
      </I18nextProvider>,
    );
    expect(html).toContain(`<li>${line}</li>`);
  });
});
