import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { tashkentNow } from "~/utils/format";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { searchKey } from "~/utils/i18n/transliterate";
import { phoneQueryDigits } from "~/utils/phone";
import { dueFor, onboardingStage } from "./stage";

/**
 * The artisans living in the districts a social worker serves, each with their onboarding stage
 * and what is due; those with something due first. No sensitive field is read here: the
 * evidence's dates only, never its group or number.
 */
export async function districtArtisans(
  db: Db,
  workerId: string,
  options: { q?: string; districtId?: string },
  locale: Locale,
) {
  const { today } = tashkentNow();
  const rows = await db.artisanProfile.findMany({
    where: { ...artisanInStaffDistricts(workerId), ...(options.districtId ? { districtId: options.districtId } : {}) },
    orderBy: { displayName: "asc" },
    take: 500,
    select: {
      id: true,
      displayName: true,
      district: { select: { nameUz: true, nameRu: true, nameEn: true } },
      user: { select: { phone: true } },
      consents: { where: { revokedAt: null }, select: { id: true } },
      evidence: {
        where: { supersededAt: null },
        orderBy: { attestedAt: "desc" },
        take: 1,
        select: { validUntil: true, needsCountersign: true, countersignedAt: true },
      },
      badges: { orderBy: { requestedAt: "desc" }, take: 1, select: { status: true, validUntil: true } },
      checklist: { where: { status: "WAITING" }, select: { id: true } },
    },
  });
  const q = options.q ? searchKey(options.q) : "";
  const digits = options.q ? phoneQueryDigits(options.q) : null;
  return rows
    .filter(
      (row) => !q || searchKey(row.displayName).includes(q) || (digits !== null && row.user.phone?.includes(digits)),
    )
    .map((row) => {
      const facts = {
        consents: row.consents.length,
        evidence: row.evidence[0]
          ? {
              validUntil: row.evidence[0].validUntil,
              counts: !row.evidence[0].needsCountersign || row.evidence[0].countersignedAt !== null,
            }
          : null,
        latestBadge: row.badges[0] ?? null,
        checklistWaiting: row.checklist.length,
      };
      return {
        id: row.id,
        name: uzbekText(row.displayName, locale),
        district: localized(row.district, "name", locale),
        stage: onboardingStage(facts, today),
        due: dueFor(facts, today),
      };
    })
    .sort((a, b) => Number(b.due.length > 0) - Number(a.due.length > 0));
}
