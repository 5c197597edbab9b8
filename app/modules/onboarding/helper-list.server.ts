import { accountsWithPassword } from "~/modules/accounts/welcome.server";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import { formatPhone } from "~/utils/phone";

/** The artisan's helpers (links not removed), whether the "Help with the app" consent stands; null for another district's artisan. */
export async function artisanHelpers(db: Db, workerId: string, artisanId: string, locale: Locale) {
  const artisan = await db.artisanProfile.findFirst({
    where: { id: artisanId, ...artisanInStaffDistricts(workerId) },
    select: {
      id: true,
      displayName: true,
      consents: { where: { purpose: "ASSISTED_MODE", revokedAt: null }, select: { id: true }, take: 1 },
      helpers: {
        where: { revokedAt: null },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          relationship: true,
          createdAt: true,
          helper: { select: { id: true, name: true, phone: true } },
        },
      },
    },
  });
  if (!artisan) return null;
  const withPassword = await accountsWithPassword(
    db,
    artisan.helpers.map((link) => link.helper.id),
  );
  return {
    artisan: { id: artisan.id, name: uzbekText(artisan.displayName, locale) },
    assistedConsent: artisan.consents.length > 0,
    helpers: artisan.helpers.map((link) => ({
      id: link.id,
      name: uzbekText(link.helper.name, locale),
      phone: link.helper.phone ? formatPhone(link.helper.phone) : null,
      relationship: link.relationship,
      since: link.createdAt,
      hasPassword: withPassword.has(link.helper.id),
    })),
  };
}
