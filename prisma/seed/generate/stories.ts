import type { ArtisanSeed } from "../content/artisans";
import { CLOSINGS, CRAFT_VERBS, SPECIALTIES, TEACHERS } from "../content/story-phrases";
import type { Random } from "../random";
import { ruYears, type Words } from "../words";
import type { DistrictInfo } from "./places";

/** A short first-person story about the artisan's craft: where, how long, who taught, what. */
export function buildStory(random: Random, artisan: ArtisanSeed, district: DistrictInfo): Words {
  const verb = CRAFT_VERBS[artisan.craft];
  const teacher = TEACHERS[artisan.teacher];
  const specialty = SPECIALTIES[artisan.craft];
  const closing = random.pick(CLOSINGS);
  const { years } = artisan;
  return {
    uz: `Men ${district.where.uz} yashayman va ${years} yildan beri ${verb.uz}. ${teacher.uz} ${specialty.uz} ${closing.uz}`,
    ru: `Живу ${district.where.ru} и уже ${ruYears(years)} ${verb.ru}. ${teacher.ru} ${specialty.ru} ${closing.ru}`,
    en: `I live in ${district.where.en}, and have been ${verb.en} for ${years} years. ${teacher.en} ${specialty.en} ${closing.en}`,
  };
}
