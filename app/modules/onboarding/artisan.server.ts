import { badgeRecord, badgeRecords } from "~/modules/badges/records.server";
import { consentStates } from "~/modules/consent/consent-state";
import { CONSENT_PURPOSES } from "~/modules/consent/purposes";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { CHECKLISTS } from "./checklist-steps";
import { workerPowers } from "./levels.server";
import { onboardingStage } from "./stage";

const person = { select: { name: true } } as const;

/**
 * One artisan of the worker's districts as the onboarding page shows them: each step's state,
 * what the worker's level lets them do, and the badge history. Null for anyone else's artisan.
 * Only dates and names are read here; the sealed fields stay sealed.
 */
export async function onboardingArtisan(db: Db, workerId: string, artisanId: string, locale: Locale) {
  const row = await db.artisanProfile.findFirst({
    where: { id: artisanId, ...artisanInStaffDistricts(workerId) },
    select: {
      id: true,
      displayName: true,
      gender: true,
      birthYear: true,
      district: { select: { nameUz: true, nameRu: true, nameEn: true } },
      mahalla: { select: { name: true } },
      user: { select: { phone: true, locale: true } },
      consents: { select: { purpose: true, givenAt: true, revokedAt: true } },
      consentRefusals: { select: { purpose: true, refusedAt: true } },
      evidence: {
        where: { supersededAt: null },
        take: 1,
        select: {
          issuedOn: true,
          validUntil: true,
          commission: true,
          attestedAt: true,
          attestedById: true,
          needsCountersign: true,
          countersignedAt: true,
          countersignedById: true,
          attestedBy: person,
        },
      },
      badges: badgeRecords,
      checklist: { select: { step: true, status: true } },
      helpers: { where: { revokedAt: null }, select: { id: true } },
    },
  });
  if (!row) return null;
  const { today } = tashkentNow();
  const powers = await workerPowers(db, workerId);
  const evidence = row.evidence[0] ?? null;
  const signer = evidence?.countersignedById
    ? await db.user.findUnique({ where: { id: evidence.countersignedById }, select: { name: true } })
    : null;
  const counts = evidence !== null && (!evidence.needsCountersign || evidence.countersignedAt !== null);
  const states = consentStates(CONSENT_PURPOSES, row.consents, row.consentRefusals);
  const done = (steps: readonly string[]) =>
    steps.filter((s) => row.checklist.some((c) => c.step === s && c.status === "DONE")).length;
  return {
    id: row.id,
    name: uzbekText(row.displayName, locale),
    place: [localized(row.district, "name", locale), row.mahalla ? uzbekText(row.mahalla.name, locale) : null]
      .filter(Boolean)
      .join(", "),
    phone: row.user.phone,
    consents: CONSENT_PURPOSES.map((purpose) => ({ purpose, state: states[purpose] })),
    evidence: evidence && {
      issuedOn: evidence.issuedOn.toISOString(),
      validUntil: evidence.validUntil?.toISOString() ?? null,
      commission: uzbekText(evidence.commission, locale),
      attestedAt: evidence.attestedAt.toISOString(),
      attestedBy: uzbekText(evidence.attestedBy.name, locale),
      waitsForCountersign: evidence.needsCountersign && !evidence.countersignedAt,
      countersignedBy: signer ? uzbekText(signer.name, locale) : null,
      mayCountersign: powers.mayCountersign && evidence.attestedById !== workerId,
    },
    stage: onboardingStage(
      {
        consents: row.consents.filter((c) => !c.revokedAt).length,
        evidence: evidence && { validUntil: evidence.validUntil, counts },
        latestBadge: row.badges[0] ?? null,
      },
      today,
    ),
    badges: row.badges.map((badge) => badgeRecord(badge, locale)),
    checklists: { selfEmployed: done(CHECKLISTS.selfEmployed), learning: done(CHECKLISTS.learning) },
    helpers: row.helpers.length,
    mayRequestBadge: powers.mayRequestBadge,
  };
}

export type OnboardingArtisan = NonNullable<Awaited<ReturnType<typeof onboardingArtisan>>>;
