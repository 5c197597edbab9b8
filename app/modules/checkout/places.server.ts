import { branchTexts, offeredBranch } from "~/modules/config/offered-branches.server";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";

export type PlaceOption = { id: string; name: string };
export type BranchOption = PlaceOption & { address: string; hours: string; phone: string };
/** What the chosen region offers: its districts (and the chosen district's mahallas) for a courier, its branches for pick-up. */
export type ChosenPlaces = { districts: PlaceOption[]; mahallas: PlaceOption[]; branches: BranchOption[] };

const byName = (a: PlaceOption, b: PlaceOption) => a.name.localeCompare(b.name);

export async function regionOptions(db: Db, locale: Locale): Promise<PlaceOption[]> {
  const regions = await db.region.findMany({ orderBy: { sortOrder: "asc" } });
  return regions.map((r) => ({ id: r.id, name: localized(r, "name", locale) }));
}

/**
 * The districts and branches of the chosen region, and the mahallas of the chosen district (only
 * if it lies in that region). Nothing before a region is chosen: one list of every branch in the
 * country is too long to read.
 */
export async function chosenPlaces(
  db: Db,
  chosen: { regionId?: string; districtId?: string },
  locale: Locale,
): Promise<ChosenPlaces> {
  if (!chosen.regionId) return { districts: [], mahallas: [], branches: [] };
  const [districts, branches] = await Promise.all([
    db.district.findMany({ where: { regionId: chosen.regionId } }),
    db.branch.findMany({ where: offeredBranch({ district: { regionId: chosen.regionId } }) }),
  ]);
  const inRegion = districts.some((d) => d.id === chosen.districtId);
  const mahallas = inRegion ? await db.mahalla.findMany({ where: { districtId: chosen.districtId } }) : [];
  return {
    districts: districts.map((d) => ({ id: d.id, name: localized(d, "name", locale) })).sort(byName),
    mahallas: mahallas.map((m) => ({ id: m.id, name: uzbekText(m.name, locale) })).sort(byName),
    branches: branches
      .map((b) => ({
        id: b.id,
        name: localized(b, "name", locale),
        ...branchTexts(b, locale),
        phone: b.phone,
      }))
      .sort(byName),
  };
}
