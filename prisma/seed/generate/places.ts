import type { Prisma } from "~/generated/prisma/client";
import { COMMON_MAHALLAS, MAHALLAS_BY_DISTRICT } from "../content/mahallas";
import { REGIONS, type PlaceRow, type RegionSeed } from "../content/places";
import type { Random } from "../random";
import type { Words } from "../words";

export type DistrictInfo = {
  id: string;
  code: string;
  region: RegionSeed;
  /** The bare name ("Chilonzor"), e.g. for branch names. */
  short: Words;
  name: Words;
  /** "Chilonzor tumanida", "в Чиланзарском районе", "Chilanzar District, Tashkent City". */
  where: Words;
};

// Russian tuman names are adjectives: "Чиланзарский район" → "в Чиланзарском районе".
const ruPrepositional = (adjective: string) => adjective.replace(/ий$/, "ом");

function describe(region: RegionSeed, [slug, uz, ru, en]: PlaceRow, city: boolean, id: string): DistrictInfo {
  const name = city
    ? { uz: `${uz} shahri`, ru: `город ${ru}`, en: `${en} City` }
    : { uz: `${uz} tumani`, ru: `${ru} район`, en: `${en} District` };
  return {
    id,
    code: `${region.code}-${slug}${city ? "-city" : ""}`,
    region,
    short: { uz, ru: city ? ru : ru.replace(/ский$/, ""), en },
    name,
    where: {
      uz: `${name.uz}da`,
      ru: city ? `в городе ${ru}` : `в ${ruPrepositional(ru)} районе`,
      en: `${name.en}, ${region.en}`,
    },
  };
}

export function buildPlaces(random: Random) {
  const regions: Prisma.RegionCreateManyInput[] = [];
  const districts: Prisma.DistrictCreateManyInput[] = [];
  const byCode = new Map<string, DistrictInfo>();
  REGIONS.forEach((region, sortOrder) => {
    const regionId = random.uuid();
    regions.push({
      id: regionId,
      code: region.code,
      nameUz: region.uz,
      nameRu: region.ru,
      nameEn: region.en,
      sortOrder,
    });
    const rows = [
      ...region.cities.map((row) => [row, true] as const),
      ...region.tumans.map((row) => [row, false] as const),
    ];
    for (const [row, city] of rows) {
      const info = describe(region, row, city, random.uuid());
      if (byCode.has(info.code)) throw new Error(`duplicate district code ${info.code}`);
      byCode.set(info.code, info);
      districts.push({
        id: info.id,
        code: info.code,
        regionId,
        nameUz: info.name.uz,
        nameRu: info.name.ru,
        nameEn: info.name.en,
      });
    }
  });
  return { regions, districts, byCode };
}

/** 3–5 mahallas in each given district: its own known names, else a draw from the common pool. */
export function buildMahallas(random: Random, districts: readonly DistrictInfo[]) {
  const rows: Prisma.MahallaCreateManyInput[] = [];
  const byDistrict = new Map<string, Prisma.MahallaCreateManyInput[]>();
  for (const district of districts) {
    const names = MAHALLAS_BY_DISTRICT[district.code] ?? random.shuffle(COMMON_MAHALLAS).slice(0, random.int(3, 5));
    const own = names.map((name) => ({ id: random.uuid(), districtId: district.id, name }));
    rows.push(...own);
    byDistrict.set(district.code, own);
  }
  return { rows, byDistrict };
}
