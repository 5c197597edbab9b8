import { describe, expect, it } from "vitest";
import { LEARNING_STEPS } from "~/modules/onboarding/checklist-steps";
import { catalogs, flatten } from "~/utils/i18n/catalog.server";
import { LOCALES } from "~/utils/i18n/locales";
import { GUIDES, guideFromSlug, guideSlug } from "./guides";

describe("guides", () => {
  it("one per learning step, found by its slug; anything else is not a guide", () => {
    expect(LEARNING_STEPS.map((step) => guideFromSlug(guideSlug(step)))).toEqual([...LEARNING_STEPS]);
    expect(guideSlug("APP_LOGIN")).toBe("app-login");
    for (const slug of ["APP_LOGIN", "login", "se-documents", "", undefined]) expect(guideFromSlug(slug)).toBeNull();
  });

  it.each(LOCALES)("every line has its text in %s, naming a button exactly where it gives one", (locale) => {
    const texts = flatten(catalogs[locale]);
    for (const step of LEARNING_STEPS) {
      expect(texts.has(`guides.${step}.title`) && texts.has(`guides.${step}.intro`), step).toBe(true);
      const lines = [...texts.keys()].filter((key) => key.startsWith(`guides.${step}.steps.`));
      expect(lines, step).toHaveLength(GUIDES[step].length);
      GUIDES[step].forEach((line, i) => {
        const text = texts.get(`guides.${step}.steps.${i + 1}`) ?? "";
        expect(text.includes("{{label}}"), `${step} ${i + 1}`).toBe(Boolean(line.label));
        if (line.label) expect(texts.has(line.label), line.label).toBe(true);
      });
    }
  });
});
