import { workerPowers, type WorkerPowers } from "~/modules/onboarding/levels.server";
import { audit } from "~/utils/audit.server";
import { isCheckViolation, isUniqueViolation, type Db, type Tx } from "~/utils/db.server";
import type { Outcome } from "~/utils/result";
import { claimInStaffDistricts } from "./scope.server";

export type ClaimRefusalReason =
  | "notFound"
  | "levelTooLow"
  | "notYours"
  | "fourEyes"
  | "notEligible"
  | "documentsMissing"
  | "alreadyDone"
  | "alreadyGranted"
  | "noBca"
  | "programmeClosed"
  | "paidOnOutOfRange"
  | "reasonRequired";
export type ClaimOutcome = Outcome<ClaimRefusalReason>;
export const refuse = (reason: ClaimRefusalReason) => ({ ok: false, reason }) as const;

const stepSelect = {
  id: true,
  status: true,
  artisanId: true,
  programmeId: true,
  preparedById: true,
  countersignedById: true,
  needsCountersign: true,
  documentIds: true,
  decidedAt: true,
  programme: {
    select: {
      nameUz: true,
      nameRu: true,
      nameEn: true,
      startsOn: true,
      endsOn: true,
      bcaMultiple: true,
      decisionDays: true,
      paymentWorkingDays: true,
      documents: { select: { id: true } },
    },
  },
  artisan: { select: { userId: true, displayName: true, districtId: true } },
} as const;
export type StepClaim = NonNullable<Awaited<ReturnType<typeof scopedClaim>>>;
export type Worker = { id: string };

const scopedClaim = (tx: Tx, workerId: string, claimId: string) =>
  tx.subsidyClaim.findFirst({ where: { id: claimId, ...claimInStaffDistricts(workerId) }, select: stepSelect });

/**
 * One step of a claim in one transaction: the claim of the worker's districts (else not found),
 * the worker's level, then the step, whose writes are conditional on the status it saw. The
 * database's refusals (four eyes, one approved or paid claim per programme) read as the module's.
 */
export async function claimStep(
  db: Db,
  worker: Worker,
  claimId: string,
  step: (tx: Tx, claim: StepClaim, powers: WorkerPowers) => Promise<ClaimOutcome>,
): Promise<ClaimOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      const claim = await scopedClaim(tx, worker.id, claimId);
      if (!claim) return refuse("notFound");
      return step(tx, claim, await workerPowers(tx, worker.id));
    });
  } catch (error) {
    if (isCheckViolation(error)) return refuse("fourEyes");
    if (isUniqueViolation(error)) return refuse("alreadyGranted");
    throw error;
  }
}

/** The audit row of a step: ids and codes only. The artisan is named as the one it was done for. */
export function recordStep(tx: Tx, worker: Worker, claim: StepClaim, action: string, detail: object = {}) {
  return audit(tx, {
    actorId: worker.id,
    onBehalfOf: claim.artisan.userId,
    action,
    entity: "SubsidyClaim",
    entityId: claim.id,
    detail: { artisanId: claim.artisanId, programmeId: claim.programmeId, ...detail },
  });
}

/** The programme's names, for notices read later in any language. */
export const programmePayload = (claim: StepClaim) => ({
  programmeUz: claim.programme.nameUz,
  programmeRu: claim.programme.nameRu,
  programmeEn: claim.programme.nameEn,
});
