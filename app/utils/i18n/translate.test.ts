import { describe, expect, it } from "vitest";
import { catalogs, flatten } from "./catalog.server";
import { createI18n } from "./i18n.server";
import { LOCALES } from "./locales";
import { createTranslator } from "./translate";

const PLURAL = /_(zero|one|two|few|many|other)$/;

describe("createTranslator gives what i18next gives", () => {
  it.each(LOCALES)("for every key of %s, with and without counts", (locale) => {
    const ours = createTranslator(locale, catalogs[locale]);
    const theirs = createI18n(locale);
    const keys = new Set([...flatten(catalogs[locale]).keys()].map((key) => key.replace(PLURAL, "")));
    const values = {
      name: "Zulfiya",
      title: "Kosa",
      number: "12",
      total: "5",
      q: "doʻppi",
      max: 3,
      min: 1,
      date: "1.1.2026",
    };
    for (const key of keys) {
      expect(ours.t(key, values), key).toBe(theirs.t(key, values));
      for (const count of [0, 1, 2, 3, 5, 11, 21, 22, 25, 101])
        expect(ours.t(key, { ...values, count }), `${key} ${count}`).toBe(theirs.t(key, { ...values, count }));
    }
  });

  it("answers a missing key with the key, and leaves a placeholder without a value", () => {
    const { t } = createTranslator("en", { cart: { title: "Cart of {{name}}" } });
    expect(t("cart.nothing")).toBe("cart.nothing");
    expect(t("cart.title")).toBe("Cart of {{name}}");
    expect(t("cart.title", { name: "Ali" })).toBe("Cart of Ali");
  });
});
