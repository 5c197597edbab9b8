import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized } from "~/utils/i18n/localized";

export type RegionDistricts = { id: string; name: string; districts: { id: string; name: string }[] };

/** Every region with its districts, named in the page's language: the check boxes of a staff member's districts. */
export async function districtChoices(db: Db, locale: Locale): Promise<RegionDistricts[]> {
  const regions = await db.region.findMany({ orderBy: { sortOrder: "asc" }, include: { districts: true } });
  return regions.map((region) => ({
    id: region.id,
    name: localized(region, "name", locale),
    districts: region.districts
      .map((district) => ({ id: district.id, name: localized(district, "name", locale) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
}

/** True when every id is a district: a forged id is refused rather than stored. */
export async function allDistrictsExist(db: Pick<Db, "district">, ids: readonly string[]): Promise<boolean> {
  const unique = [...new Set(ids)];
  return (await db.district.count({ where: { id: { in: unique } } })) === unique.length;
}
