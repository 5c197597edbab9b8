import { describe, expect, it } from "vitest";
import { localized, uzbekName } from "./localized";

const row = { titleUz: "Qoʻlda tikilgan doʻppi", titleRu: "Тюбетейка ручной работы", titleEn: null };

describe("localized", () => {
  it("reads the column of the language", () => {
    expect(localized(row, "title", "uz")).toBe("Qoʻlda tikilgan doʻppi");
    expect(localized(row, "title", "ru")).toBe("Тюбетейка ручной работы");
  });
  it("derives Uzbek Cyrillic from Uzbek Latin", () => expect(localized(row, "title", "uz-Cyrl")).toBe("Қўлда тикилган дўппи"));
  it("falls back to Uzbek when a translation is missing", () =>
    expect(localized(row, "title", "en")).toBe("Qoʻlda tikilgan doʻppi"));
  it("transliterates names only on Cyrillic pages", () => {
    expect(uzbekName("Gʻuncha", "uz-Cyrl")).toBe("Ғунча");
    expect(uzbekName("Gʻuncha", "ru")).toBe("Gʻuncha");
  });
});
