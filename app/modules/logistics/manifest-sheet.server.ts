import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { readArtisanContact } from "./artisan-contact.server";
import { dayKey } from "./pickup-day";
import { districtNames, pickupFacts, stopView } from "./stop-facts.server";
import { inStaffDistricts } from "~/utils/staff-districts.server";

/**
 * The printable manifest for a dispatcher of its district (null otherwise: 404). Each home stop's
 * contact is read for the sheet, audited with the purpose "manifest".
 */
export async function manifestSheet(db: Db, input: { dispatcherId: string; manifestId: string; locale: Locale }) {
  const { dispatcherId, manifestId, locale } = input;
  return db.$transaction(async (tx) => {
    const manifest = await tx.courierManifest.findFirst({
      where: { id: manifestId, ...inStaffDistricts(dispatcherId) },
      select: {
        id: true,
        date: true,
        districtId: true,
        courier: { select: { name: true } },
        district: { select: { nameUz: true, nameRu: true, nameEn: true } },
        pickups: { orderBy: { stopOrder: "asc" }, select: pickupFacts },
      },
    });
    if (!manifest) return null;
    const districts = await districtNames(tx, manifest.pickups, locale);
    const stops = [];
    for (const pickup of manifest.pickups) {
      const stop = stopView(pickup, locale, districts);
      const contact =
        stop.kind === "HOME_PICKUP"
          ? await readArtisanContact(tx, stop.artisanId, { actorId: dispatcherId, purpose: "manifest" })
          : null;
      stops.push({ ...stop, contact });
    }
    return {
      id: manifest.id,
      dispatchPage: `/dispatch?district=${manifest.districtId}&day=${dayKey(manifest.date)}`,
      date: manifest.date,
      courier: uzbekText(manifest.courier.name, locale),
      district: localized(manifest.district, "name", locale),
      stops,
    };
  });
}
