import { describe, expect, it } from "vitest";
import { catalogs, flatten, resources } from "./catalog.server";
import { LOCALES, type Locale } from "./locales";
import { segments } from "./transliterate";

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const flat = Object.fromEntries(LOCALES.map((l) => [l, flatten(catalogs[l])])) as Record<Locale, Map<string, string>>;

// A plural key is one message whatever forms its language needs: inStock_one, inStock_few → inStock.
const baseKeys = (locale: Locale) => new Set([...flat[locale].keys()].map((k) => k.replace(PLURAL_SUFFIX, "")));

function placeholders(text: string): string[] {
  // {{count}}, {{count, number}} and {{- name}} all interpolate "count"/"name".
  const names = [...text.matchAll(/\{\{-?\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? "");
  return [...new Set(names)].sort();
}

describe.each(["ru", "en", "uz-Cyrl"] as const)("the %s catalog", (locale) => {
  it("has exactly the keys of uz", () => {
    const source = baseKeys("uz");
    const target = baseKeys(locale);
    const missing = [...source].filter((k) => !target.has(k));
    const extra = [...target].filter((k) => !source.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("uses the same placeholders as uz in every message", () => {
    const differing = [...flat[locale]]
      .map(([key, text]) => ({ key, text: placeholders(text) }))
      .filter(({ key, text }) => {
        const sourceKey = [...flat.uz.keys()].find(
          (k) => k.replace(PLURAL_SUFFIX, "") === key.replace(PLURAL_SUFFIX, ""),
        );
        return sourceKey !== undefined && text.join() !== placeholders(flat.uz.get(sourceKey) ?? "").join();
      })
      .map(({ key }) => key);
    expect(differing).toEqual([]);
  });
});

describe.each(LOCALES)("the %s catalog", (locale) => {
  it("has no empty messages", () => {
    const empty = [...flat[locale]].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("has exactly the plural forms its language needs", () => {
    const needed = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
    const forms = new Map<string, string[]>();
    for (const key of flat[locale].keys()) {
      const match = PLURAL_SUFFIX.exec(key);
      if (!match) continue;
      const base = key.replace(PLURAL_SUFFIX, "");
      forms.set(base, [...(forms.get(base) ?? []), match[1] ?? ""]);
    }
    const wrong = [...forms].filter(([, found]) => found.sort().join() !== needed.join());
    expect(wrong, `each plural key needs exactly ${needed.join(", ")}`).toEqual([]);
  });
});

describe("the generated uz-Cyrl catalog", () => {
  it("has no Latin letters outside placeholders, tags, URLs, emails and kept words", () => {
    const leftovers = [...flat["uz-Cyrl"]]
      .map(([key, text]) => {
        const prose = segments(text)
          .filter((part) => !part.protected)
          .map((part) => part.text);
        return { key, latin: prose.join("").match(/[A-Za-z]+/g) ?? [] };
      })
      .filter(({ latin }) => latin.length > 0);
    expect(leftovers).toEqual([]);
  });

  it("is the uz catalog transliterated", () => {
    expect(flat["uz-Cyrl"].get("common.appName")).toBe("Ҳунарманд");
    expect(flat["uz-Cyrl"].get("common.inStock_other")).toBe("{{count}} дона бор");
  });
});

describe("resources", () => {
  it("gives i18next every locale under the translation namespace", () => {
    expect(Object.keys(resources).sort()).toEqual([...LOCALES].sort());
    expect(resources.ru.translation).toBe(catalogs.ru);
  });
});

describe("createI18n with these resources", () => {
  it("picks the plural form each language needs", async () => {
    const { createI18n } = await import("./i18n.server");
    const ru = createI18n("ru");
    expect([1, 3, 5].map((count) => ru.t("common.inStock", { count }))).toEqual([
      "В наличии 1 штука",
      "В наличии 3 штуки",
      "В наличии 5 штук",
    ]);
    expect(createI18n("uz-Cyrl").t("common.madeBy", { name: "Ali & Vali" })).toBe("Ali & Vali ясаган");
  });
});
