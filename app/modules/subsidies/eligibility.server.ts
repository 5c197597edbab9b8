import { countingEvidence } from "~/modules/verification/evidence-rules";
import type { Db } from "~/utils/db.server";

type Tx = Pick<Db, "badge" | "disabilityEvidence" | "checklistStep" | "consent" | "subsidyClaim">;

/**
 * What a claim needs before it can be submitted, each shown to the social worker as met or not
 * with what to do (subsidies.check.<CODE>.met / .todo). The database holds the last one as well
 * (one approved or paid claim per artisan and programme, a partial unique index).
 */
export const ELIGIBILITY_CHECKS = [
  "PROGRAMME_OPEN",
  "BADGE_OR_EVIDENCE",
  "SELF_EMPLOYED",
  "CONSENT",
  "BANK_CARD",
  "NO_GRANTED_CLAIM",
] as const;
export type EligibilityCheck = (typeof ELIGIBILITY_CHECKS)[number];
export type CheckResult = { code: EligibilityCheck; met: boolean };

type Claim = { id: string; artisanId: string; programmeId: string };
type Programme = { startsOn: Date; endsOn: Date | null };

export async function eligibility(tx: Tx, claim: Claim, programme: Programme, today: Date): Promise<CheckResult[]> {
  const { artisanId } = claim;
  // One after another: inside a transaction the queries share one connection.
  const badge = await tx.badge.count({ where: { artisanId, status: "GRANTED" } });
  const evidence = await tx.disabilityEvidence.count({
    where: { artisanId, AND: [countingEvidence, { OR: [{ validUntil: null }, { validUntil: { gte: today } }] }] },
  });
  const steps = await tx.checklistStep.findMany({
    where: { artisanId, step: { in: ["SE_REGISTERED", "SE_BANK_CARD"] }, status: "DONE" },
    select: { step: true },
  });
  const consent = await tx.consent.count({ where: { artisanId, purpose: "SUBSIDY_APPLICATION", revokedAt: null } });
  const granted = await tx.subsidyClaim.count({
    where: { artisanId, programmeId: claim.programmeId, status: { in: ["APPROVED", "PAID"] }, id: { not: claim.id } },
  });
  const done = new Set(steps.map((step) => step.step));
  const met: Record<EligibilityCheck, boolean> = {
    PROGRAMME_OPEN: programme.startsOn <= today && (!programme.endsOn || programme.endsOn >= today),
    BADGE_OR_EVIDENCE: badge > 0 || evidence > 0,
    SELF_EMPLOYED: done.has("SE_REGISTERED"),
    CONSENT: consent > 0,
    BANK_CARD: done.has("SE_BANK_CARD"),
    NO_GRANTED_CLAIM: granted === 0,
  };
  return ELIGIBILITY_CHECKS.map((code) => ({ code, met: met[code] }));
}

export const allMet = (checks: readonly CheckResult[]) => checks.every((check) => check.met);
