import { buildSeedPlan, SEED_REFERENCE_DATE } from "../../prisma/seed/plan";
import { latinToCyrillic } from "../../app/utils/i18n/transliterate";
import type { TestLocale } from "./i18n";

const plan = buildSeedPlan({ referenceDate: SEED_REFERENCE_DATE, passwordHash: "-", seal: () => "" });

const inLocale = (row: { nameUz: string; nameRu: string }, locale: TestLocale) =>
  locale === "ru" ? row.nameRu : locale === "uz-Cyrl" ? latinToCyrillic(row.nameUz) : row.nameUz;

/** A seeded region's name and its branches' names (sorted as the page sorts them), as the page shows them. */
export function regionWithBranches(code: string, locale: TestLocale) {
  const region = plan.regions.find((r) => r.code === code)!;
  const districts = new Set(plan.districts.filter((d) => d.regionId === region.id).map((d) => d.id));
  const branches = plan.branches.filter((b) => districts.has(b.districtId)).map((b) => inLocale(b, locale));
  return { name: inLocale(region, locale), branches: branches.sort((a, b) => a.localeCompare(b)) };
}
