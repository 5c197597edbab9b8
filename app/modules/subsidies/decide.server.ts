import { notify } from "~/modules/notifications/notify.server";
import { workingDaysAfter } from "~/modules/calendar/holidays.server";
import type { Db, Tx } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import { percentOf, toMinorBigInt } from "~/utils/money";
import { bcaInForce } from "./bca.server";
import {
  claimStep,
  programmePayload,
  recordStep,
  refuse,
  type ClaimOutcome,
  type StepClaim,
  type Worker,
} from "./claim-step.server";
import { eligibility } from "./eligibility.server";
import { RejectSchema, type RejectInput } from "./reasons";

/** Only the district's branch head, who neither prepared nor countersigned it, decides a submitted claim. */
function decision(db: Db, head: Worker, claimId: string, step: (tx: Tx, claim: StepClaim) => Promise<ClaimOutcome>) {
  return claimStep(db, head, claimId, async (tx, claim, powers) => {
    if (!powers.isBranchHead) return refuse("levelTooLow");
    if (claim.preparedById === head.id || claim.countersignedById === head.id) return refuse("fourEyes");
    if (claim.status !== "SUBMITTED") return refuse("alreadyDone");
    return step(tx, claim);
  });
}

/**
 * Approves: amount = the programme's multiple × the BCA in force on the decision day (Tashkent),
 * all three stored; payment due `paymentWorkingDays` working days later. The artisan must still
 * qualify (a consent withdrawn since submission stops it); the programme may have ended since.
 */
export function approveClaim(db: Db, head: Worker, claimId: string, now = new Date()) {
  return decision(db, head, claimId, async (tx, claim) => {
    const { today } = tashkentNow(now);
    const checks = await eligibility(tx, claim, claim.programme, today);
    if (checks.some((check) => !check.met && check.code !== "PROGRAMME_OPEN")) return refuse("notEligible");
    const bca = await bcaInForce(tx, today);
    if (!bca) return refuse("noBca");
    const multiple = claim.programme.bcaMultiple;
    const amount = percentOf(bca, multiple.mul(10_000).toNumber());
    const paymentDueOn = await workingDaysAfter(tx, today, claim.programme.paymentWorkingDays);
    const { count } = await tx.subsidyClaim.updateMany({
      where: { id: claim.id, status: "SUBMITTED" },
      data: {
        status: "APPROVED",
        decidedById: head.id,
        decidedAt: now,
        bcaMultiple: multiple,
        bcaValueMinor: toMinorBigInt(bca),
        amountMinor: toMinorBigInt(amount),
        paymentDueOn,
      },
    });
    if (count === 0) return refuse("alreadyDone");
    await recordStep(tx, head, claim, "subsidy.approve", { amountMinor: amount.minor });
    const payload = { ...programmePayload(claim), amountMinor: amount.minor, claimId: claim.id };
    await tellArtisan(tx, claim, "subsidy.approved", payload);
    return { ok: true };
  });
}

/** Refuses with a reason from the list (and words, required for "other"). */
export function rejectClaim(db: Db, head: Worker, claimId: string, input: RejectInput, now = new Date()) {
  if (!RejectSchema.safeParse(input).success) return Promise.resolve(refuse("reasonRequired"));
  return decision(db, head, claimId, async (tx, claim) => {
    const { count } = await tx.subsidyClaim.updateMany({
      where: { id: claim.id, status: "SUBMITTED" },
      data: {
        status: "REJECTED",
        decidedById: head.id,
        decidedAt: now,
        decisionReasonCode: input.reasonCode,
        decisionReason: input.text || null,
      },
    });
    if (count === 0) return refuse("alreadyDone");
    await recordStep(tx, head, claim, "subsidy.reject", { reasonCode: input.reasonCode });
    const payload = { ...programmePayload(claim), refusalCode: input.reasonCode, reason: input.text ?? "" };
    await tellArtisan(tx, claim, "subsidy.rejected", { ...payload, claimId: claim.id });
    return { ok: true };
  });
}

/** The artisan hears of it in the app, by text and by email where there is one (state money). */
export function tellArtisan(
  tx: Tx,
  claim: StepClaim,
  kind: "subsidy.approved" | "subsidy.rejected" | "subsidy.paid",
  payload: Record<string, string | number>,
) {
  return notify(tx, { userId: claim.artisan.userId, kind, payload, alsoText: true });
}
