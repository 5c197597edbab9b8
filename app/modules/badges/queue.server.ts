import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { GRANTED_SHOWN } from "./limits";
import { fourEyesConflict, grantBlockers } from "./rules.server";

const DAY_MS = 86_400_000;
const names = { select: { nameUz: true, nameRu: true, nameEn: true } } as const;
const entrySelect = {
  id: true,
  requestedAt: true,
  decidedAt: true,
  validUntil: true,
  artisan: { select: { displayName: true, district: names } },
} as const;
const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
const iso = (date: Date | null) => date?.toISOString() ?? null;
const inScope = (moderatorId: string, id?: string) => ({
  ...(id ? { id } : {}),
  artisan: artisanInStaffDistricts(moderatorId),
});

/**
 * The moderator's badge work: requests of their districts' artisans, oldest first with how many
 * whole days each has waited; and the badges granted there (newest first), any of which they may revoke.
 */
export async function badgeQueue(db: Db, moderatorId: string, locale: Locale, now = new Date()) {
  const [pending, granted] = await Promise.all([
    db.badge.findMany({
      where: { ...inScope(moderatorId), status: "PENDING" },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      select: entrySelect,
    }),
    db.badge.findMany({
      where: { ...inScope(moderatorId), status: "GRANTED" },
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
    grantedAt: iso(row.decidedAt),
    validUntil: day(row.validUntil),
  });
  return { pending: pending.map(entry), granted: granted.map(entry) };
}

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
    where: inScope(moderatorId, badgeId),
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
          district: names,
          consents: {
            where: { purpose: "PUBLIC_PROFILE_BADGE" },
            orderBy: { givenAt: "desc" },
            take: 1,
            select: { givenAt: true, revokedAt: true, witness: person, secondWitnessName: true },
          },
          badges: {
            orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
            select: {
              id: true,
              status: true,
              requestedAt: true,
              decidedAt: true,
              validUntil: true,
              reasonCode: true,
              decisionReason: true,
              lapsedAt: true,
              revokedAt: true,
            },
          },
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
      countersignedAt: iso(evidence.countersignedAt),
      issuedOn: day(evidence.issuedOn)!,
      validUntil: day(evidence.validUntil),
      commission: text(evidence.commission),
      superseded: evidence.supersededAt !== null,
    },
    consent: consent
      ? {
          givenAt: consent.givenAt.toISOString(),
          withdrawnAt: iso(consent.revokedAt),
          witness: text(consent.witness?.name),
          secondWitness: text(consent.secondWitnessName),
        }
      : null,
    history: artisan.badges.map((badge) => ({
      ...badge,
      requestedAt: badge.requestedAt.toISOString(),
      decidedAt: iso(badge.decidedAt),
      validUntil: day(badge.validUntil),
      lapsedAt: iso(badge.lapsedAt),
      revokedAt: iso(badge.revokedAt),
      decisionReason: text(badge.decisionReason),
      current: badge.id === row.id,
    })),
  };
}

export type BadgeRequest = NonNullable<Awaited<ReturnType<typeof badgeForModerator>>>;
export type BadgeQueueEntry = Awaited<ReturnType<typeof badgeQueue>>["pending"][number];
