import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";

/** What a claim can be started for: the worker's district artisans, and the programmes running today. */
export async function claimChoices(db: Db, workerId: string, locale: Locale, now = new Date()) {
  const { today } = tashkentNow(now);
  const artisans = await db.artisanProfile.findMany({
    where: artisanInStaffDistricts(workerId),
    orderBy: { displayName: "asc" },
    take: 500,
    select: { id: true, displayName: true },
  });
  const programmes = await db.subsidyProgramme.findMany({
    where: { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
    orderBy: { startsOn: "desc" },
    select: { id: true, nameUz: true, nameRu: true, nameEn: true },
  });
  return {
    artisans: artisans.map((a) => ({ id: a.id, name: uzbekText(a.displayName, locale) })),
    programmes: programmes.map((p) => ({ id: p.id, name: localized(p, "name", locale) })),
  };
}
