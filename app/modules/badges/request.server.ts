import type { Db } from "~/utils/db.server";
import { dayOrNull, isoOrNull, tashkentNow } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { districtNames, moderatorsBadges } from "./queue.server";
import { badgeRecord, badgeRecords } from "./records.server";
import { fourEyesConflict, grantBlockers } from "./rules.server";

const person = { select: { name: true } } as const;

/**
 * One badge of the moderator's districts as they decide it: who attested the evidence and when,
 * its countersign, dates and commission (never the group or certificate number: those open only
 * on request, certificate.server.ts), the consent to show the badge, and every badge of the artisan.
 * Another district's badge is null.
 */
export async function badgeForModerator(
  db: Db,
  moderatorId: string,
  badgeId: string,
  locale: Locale,
  now = new Date(),
) {
  const row = await db.badge.findFirst({
    where: moderatorsBadges(moderatorId, badgeId),
    select: {
      id: true,
      status: true,
      artisanId: true,
      evidenceId: true,
      requestedById: true,
      requestedAt: true,
      requestedBy: person,
      evidence: {
        select: {
          attestedById: true,
          attestedBy: person,
          attestedAt: true,
          needsCountersign: true,
          countersignedById: true,
          countersignedAt: true,
          issuedOn: true,
          validUntil: true,
          commission: true,
          supersededAt: true,
        },
      },
      artisan: {
        select: {
          displayName: true,
          district: districtNames,
          consents: {
            where: { purpose: "PUBLIC_PROFILE_BADGE" },
            orderBy: { givenAt: "desc" },
            take: 1,
            select: { givenAt: true, revokedAt: true, witness: person, secondWitnessName: true },
          },
          badges: badgeRecords,
        },
      },
    },
  });
  if (!row) return null;
  const { evidence, artisan } = row;
  const countersigner = evidence.countersignedById
    ? await db.user.findUnique({ where: { id: evidence.countersignedById }, select: { name: true } })
    : null;
  const text = (value: string | null | undefined) => (value ? uzbekText(value, locale) : null);
  const consent = artisan.consents[0];
  return {
    id: row.id,
    status: row.status,
    artisan: uzbekText(artisan.displayName, locale),
    district: localized(artisan.district, "name", locale),
    requestedAt: row.requestedAt.toISOString(),
    requestedBy: uzbekText(row.requestedBy.name, locale),
    mayDecide: !fourEyesConflict(row, moderatorId),
    blockers: row.status === "PENDING" ? await grantBlockers(db, row, tashkentNow(now).today) : [],
    evidence: {
      attestedBy: uzbekText(evidence.attestedBy.name, locale),
      attestedAt: evidence.attestedAt.toISOString(),
      needsCountersign: evidence.needsCountersign,
      countersignedBy: text(countersigner?.name),
      countersignedAt: isoOrNull(evidence.countersignedAt),
      issuedOn: dayOrNull(evidence.issuedOn)!,
      validUntil: dayOrNull(evidence.validUntil),
      commission: text(evidence.commission),
      superseded: evidence.supersededAt !== null,
    },
    consent: consent
      ? {
          givenAt: consent.givenAt.toISOString(),
          withdrawnAt: isoOrNull(consent.revokedAt),
          witness: text(consent.witness?.name),
          secondWitness: text(consent.secondWitnessName),
        }
      : null,
    history: artisan.badges.map((badge) => ({ ...badgeRecord(badge, locale), current: badge.id === row.id })),
  };
}

export type BadgeRequest = NonNullable<Awaited<ReturnType<typeof badgeForModerator>>>;
