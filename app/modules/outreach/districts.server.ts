import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";

/**
 * The districts a social worker serves (StaffDistrict), with their mahallas, in the page's
 * language: the choices of the outreach form and the caseload's filters, and the scope of
 * every query of this module.
 */
export async function workerDistricts(db: Db, workerId: string, locale: Locale) {
  const rows = await db.staffDistrict.findMany({
    where: { userId: workerId },
    select: {
      district: {
        select: {
          id: true,
          nameUz: true,
          nameRu: true,
          nameEn: true,
          mahallas: { select: { id: true, name: true }, orderBy: { name: "asc" } },
        },
      },
    },
  });
  return rows
    .map(({ district }) => ({
      id: district.id,
      name: localized(district, "name", locale),
      mahallas: district.mahallas.map((m) => ({ id: m.id, name: uzbekText(m.name, locale) })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export type WorkerDistrict = Awaited<ReturnType<typeof workerDistricts>>[number];

/** Whether a district (and, when given, a mahalla of it) is one the worker serves. */
export function servedPlace(districts: readonly WorkerDistrict[], districtId: string, mahallaId?: string) {
  const district = districts.find((d) => d.id === districtId);
  if (!district) return false;
  return !mahallaId || district.mahallas.some((m) => m.id === mahallaId);
}
