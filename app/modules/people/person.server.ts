import { accountsWithPassword, pendingWelcomeUntil } from "~/modules/accounts/welcome.server";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { formatPhone } from "~/utils/phone";
import { DISTRICT_ROLES, STAFF_ROLES, type StaffRole } from "./schemas";

const isStaffRole = (role: string): role is StaffRole => (STAFF_ROLES as readonly string[]).includes(role);

/**
 * One person as the console shows them: login details, roles, level, districts, status and whether
 * the account is theirs yet (password chosen, two-factor enrolled). Nothing sealed. Null when unknown.
 */
export async function personForAdmin(db: Db, id: string, locale: Locale) {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      roles: true,
      socialWorkerLevel: true,
      occupationCode: true,
      locale: true,
      totpEnabledAt: true,
      disabledAt: true,
      disabledReason: true,
      createdAt: true,
      staffDistricts: { select: { district: { select: { id: true, nameUz: true, nameRu: true, nameEn: true } } } },
    },
  });
  if (!user) return null;
  const [withPassword, welcomeUntil] = await Promise.all([
    accountsWithPassword(db, [user.id]),
    pendingWelcomeUntil(db, user.id),
  ]);
  const staff = user.roles.some(isStaffRole);
  return {
    id: user.id,
    name: uzbekText(user.name, locale),
    email: user.email,
    phone: user.phone ? formatPhone(user.phone) : null,
    roles: user.roles,
    staff,
    worksInDistricts: user.roles.some((role) => isStaffRole(role) && DISTRICT_ROLES.includes(role)),
    socialWorker: user.roles.includes("SOCIAL_WORKER"),
    level: user.socialWorkerLevel,
    occupationCode: user.occupationCode,
    districts: user.staffDistricts
      .map(({ district }) => ({ id: district.id, name: localized(district, "name", locale) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    twoFactorEnrolled: user.totpEnabledAt !== null,
    hasPassword: withPassword.has(user.id),
    welcomeUntil,
    disabledAt: user.disabledAt,
    disabledReason: user.disabledReason,
  };
}
export type PersonForAdmin = NonNullable<Awaited<ReturnType<typeof personForAdmin>>>;
