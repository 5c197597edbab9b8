import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { workerPowers } from "./levels.server";

/** What the evidence page needs: whose evidence, the districts a commission may sit in, and the worker's level rule. */
export async function evidenceStep(db: Db, workerId: string, artisanId: string, locale: Locale) {
  const artisan = await db.artisanProfile.findFirst({
    where: { id: artisanId, ...artisanInStaffDistricts(workerId) },
    select: { displayName: true },
  });
  if (!artisan) return null;
  const districts = await db.district.findMany({ select: { id: true, nameUz: true, nameRu: true, nameEn: true } });
  return {
    name: uzbekText(artisan.displayName, locale),
    districts: districts
      .map((d) => ({ id: d.id, name: localized(d, "name", locale) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    needsCountersign: (await workerPowers(db, workerId)).needsCountersign,
  };
}
