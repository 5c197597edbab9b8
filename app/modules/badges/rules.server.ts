import { countingEvidence } from "~/modules/verification/evidence-rules";
import { isCheckViolation, type Db } from "~/utils/db.server";

type FourEyesFacts = { requestedById: string; evidence: { attestedById: string; countersignedById: string | null } };

/** Who may never decide a badge: whoever asked for it, attested its evidence or countersigned that. */
export function fourEyesConflict(badge: FourEyesFacts, userId: string): boolean {
  return [badge.requestedById, badge.evidence.attestedById, badge.evidence.countersignedById].includes(userId);
}

/** The database's own four-eyes refusal: the Badge trigger raises a check violation. */
export const isFourEyesViolation = isCheckViolation;

export type GrantBlocker = "evidenceNotCounting" | "evidenceExpired" | "consentMissing";

/**
 * What stands in the way of granting: evidence that no longer counts (superseded, or a level-A
 * attestation not yet countersigned), evidence past its end date, no standing consent to show the
 * badge publicly. Empty when the badge may be granted on `today` (Tashkent's date).
 */
export async function grantBlockers(
  tx: Pick<Db, "disabilityEvidence" | "consent">,
  badge: { artisanId: string; evidenceId: string },
  today: Date,
): Promise<GrantBlocker[]> {
  const evidence = await tx.disabilityEvidence.findFirst({
    where: { id: badge.evidenceId, ...countingEvidence },
    select: { validUntil: true },
  });
  const consents = await tx.consent.count({
    where: { artisanId: badge.artisanId, purpose: "PUBLIC_PROFILE_BADGE", revokedAt: null },
  });
  const blockers: GrantBlocker[] = [];
  if (!evidence) blockers.push("evidenceNotCounting");
  else if (evidence.validUntil && evidence.validUntil < today) blockers.push("evidenceExpired");
  if (consents === 0) blockers.push("consentMissing");
  return blockers;
}
