import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import type { Db } from "~/utils/db.server";
import { dayOrNull, isoOrNull } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { GRANTED_SHOWN } from "./limits";

const DAY_MS = 86_400_000;

/** A district's name in every language, for localized(). */
export const districtNames = { select: { nameUz: true, nameRu: true, nameEn: true } } as const;

/** The badges a moderator may see and decide: of artisans in the districts they serve (one, by id). */
export const moderatorsBadges = (moderatorId: string, id?: string) => ({
  ...(id ? { id } : {}),
  artisan: artisanInStaffDistricts(moderatorId),
});

const entrySelect = {
  id: true,
  requestedAt: true,
  decidedAt: true,
  validUntil: true,
  artisan: { select: { displayName: true, district: districtNames } },
} as const;

/**
 * The moderator's badge work: requests of their districts' artisans, oldest first with how many
 * whole days each has waited; and the badges granted there (newest first), any of which they may revoke.
 */
export async function badgeQueue(db: Db, moderatorId: string, locale: Locale, now = new Date()) {
  const [pending, granted] = await Promise.all([
    db.badge.findMany({
      where: { ...moderatorsBadges(moderatorId), status: "PENDING" },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      select: entrySelect,
    }),
    db.badge.findMany({
      where: { ...moderatorsBadges(moderatorId), status: "GRANTED" },
      orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
      take: GRANTED_SHOWN,
      select: entrySelect,
    }),
  ]);
  const entry = (row: (typeof pending)[number]) => ({
    id: row.id,
    artisan: uzbekText(row.artisan.displayName, locale),
    district: localized(row.artisan.district, "name", locale),
    waitingDays: Math.max(0, Math.floor((now.getTime() - row.requestedAt.getTime()) / DAY_MS)),
    grantedAt: isoOrNull(row.decidedAt),
    validUntil: dayOrNull(row.validUntil),
  });
  return { pending: pending.map(entry), granted: granted.map(entry) };
}

export type BadgeQueueEntry = Awaited<ReturnType<typeof badgeQueue>>["pending"][number];
