import type { Role } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { linkedTo } from "./may-act-for.server";

/**
 * The artisans this person may be asked to act for: those who named them as a helper (link not
 * revoked) and, for a social worker, the artisans assigned to them. `consent` says whether the
 * "assisted mode" consent stands today; without it the page explains instead of offering the switch.
 */
export async function peopleIHelp(db: Db, person: { id: string; roles: readonly Role[] }, locale: Locale) {
  const links = linkedTo(person);
  if (links.length === 0 || person.roles.includes("COURIER")) return [];
  const rows = await db.artisanProfile.findMany({
    where: { OR: links },
    orderBy: { displayName: "asc" },
    select: {
      id: true,
      displayName: true,
      district: { select: { nameUz: true, nameRu: true, nameEn: true } },
      consents: { where: { purpose: "ASSISTED_MODE", revokedAt: null }, select: { id: true }, take: 1 },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: uzbekText(row.displayName, locale),
    district: localized(row.district, "name", locale),
    consent: row.consents.length > 0,
  }));
}
