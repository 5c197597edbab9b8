import { outreachContact } from "~/modules/outreach/caseload.server";
import { workerDistricts } from "~/modules/outreach/districts.server";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized } from "~/utils/i18n/localized";
import { formatPhone } from "~/utils/phone";

/**
 * What step 1 starts from: the person as the outreach list knows them, the worker's districts
 * and the crafts to choose from. Null when the person is not the worker's, or is not ready
 * (no "agreed" visit yet, or already onboarded).
 */
export async function personStep(db: Db, workerId: string, contactId: string, locale: Locale) {
  const person = await outreachContact(db, workerId, contactId, locale);
  if (!person) return null;
  const crafts = await db.category.findMany({
    orderBy: { sortOrder: "asc" },
    select: { id: true, nameUz: true, nameRu: true, nameEn: true },
  });
  return {
    person: { id: person.id, name: person.name, stage: person.stage, artisanId: person.artisanId },
    ready: person.stage === "onboarding" && !person.artisanId,
    defaults: {
      name: person.name,
      phone: person.phone ? formatPhone(person.phone) : "",
      districtId: person.districtId,
      mahallaId: person.mahallaId ?? "",
    },
    districts: await workerDistricts(db, workerId, locale),
    crafts: crafts.map((c) => ({ id: c.id, name: localized(c, "name", locale) })),
  };
}
