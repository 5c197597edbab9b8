import { describe, expect, it } from "vitest";
import { localized, uzbekText, writtenText } from "./localized";

const row = { titleUz: "Qoʻlda tikilgan doʻppi", titleRu: "Тюбетейка ручной работы", titleEn: null };

describe("localized", () => {
  it("reads the column of the language", () => {
    expect(localized(row, "title", "uz")).toBe("Qoʻlda tikilgan doʻppi");
    expect(localized(row, "title", "ru")).toBe("Тюбетейка ручной работы");
  });
  it("derives Uzbek Cyrillic from Uzbek Latin", () =>
    expect(localized(row, "title", "uz-Cyrl")).toBe("Қўлда тикилган дўппи"));
  it("falls back to Uzbek when a translation is missing", () =>
    expect(localized(row, "title", "en")).toBe("Qoʻlda tikilgan doʻppi"));
  it("transliterates names only on Cyrillic pages", () => {
    expect(uzbekText("Gʻuncha", "uz-Cyrl")).toBe("Ғунча");
    expect(uzbekText("Gʻuncha", "ru")).toBe("Gʻuncha");
  });
});

describe("writtenText", () => {
  it("shows Uzbek written in either script in the reader's Uzbek script", () => {
    expect(writtenText("Doʻppi juda chiroyli", "uz", "uz-Cyrl")).toEqual({
      text: "Дўппи жуда чиройли",
      lang: "uz-Cyrl",
    });
    expect(writtenText("Дўппи жуда чиройли", "uz-Cyrl", "uz")).toEqual({ text: "Doʻppi juda chiroyli", lang: "uz" });
  });

  it("keeps other languages as written and says which they are", () => {
    expect(writtenText("Beautiful colours", "en", "uz-Cyrl")).toEqual({ text: "Beautiful colours", lang: "en" });
    expect(writtenText("Очень аккуратно", "ru", "uz")).toEqual({ text: "Очень аккуратно", lang: "ru" });
    // An Uzbek review on a Russian page: as written, marked Uzbek.
    expect(writtenText("Doʻppi juda chiroyli", "uz", "ru")).toEqual({ text: "Doʻppi juda chiroyli", lang: "uz" });
  });
});
