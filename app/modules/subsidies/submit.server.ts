import { notify } from "~/modules/notifications/notify.server";
import type { Tx } from "~/utils/db.server";
import { addDays } from "~/utils/days";
import { tashkentNow } from "~/utils/format";
import { BRANCH_HEAD_LEVEL, SUPERVISOR_LEVELS } from "~/utils/permissions";
import { districtStaff } from "~/utils/staff-districts.server";
import {
  programmePayload,
  recordStep,
  refuse,
  type ClaimOutcome,
  type StepClaim,
  type Worker,
} from "./claim-step.server";
import { dayKey as day } from "~/utils/days";

/**
 * A draft goes on: a level-A preparer's to the district's D and F workers for a countersign; any
 * other (or a countersigned one) to the branch head, due `decisionDays` calendar days from today.
 */
export async function submitted(tx: Tx, worker: Worker, claim: StepClaim, now: Date): Promise<ClaimOutcome> {
  const countersigned = claim.countersignedById !== null;
  if (claim.needsCountersign && !countersigned) {
    const { count } = await tx.subsidyClaim.updateMany({
      where: { id: claim.id, status: "DRAFT" },
      data: { status: "AWAITING_COUNTERSIGN" },
    });
    if (count === 0) return refuse("alreadyDone");
    await recordStep(tx, worker, claim, "subsidy.submit", { to: "countersign" });
    await tellStaff(tx, claim, SUPERVISOR_LEVELS, "subsidy.countersignWaiting", [worker.id]);
    return { ok: true };
  }
  const decisionDueOn = addDays(tashkentNow(now).today, claim.programme.decisionDays);
  const { count } = await tx.subsidyClaim.updateMany({
    where: { id: claim.id, status: countersigned ? "AWAITING_COUNTERSIGN" : "DRAFT" },
    data: { status: "SUBMITTED", submittedAt: now, decisionDueOn },
  });
  if (count === 0) return refuse("alreadyDone");
  await recordStep(tx, worker, claim, countersigned ? "subsidy.countersign" : "subsidy.submit", { to: "decision" });
  await notify(tx, {
    userId: claim.artisan.userId,
    kind: "subsidy.submitted",
    payload: { ...programmePayload(claim), dueDay: day(decisionDueOn) },
    alsoText: true,
  });
  const skip = [claim.preparedById, claim.countersignedById ?? ""];
  await tellStaff(tx, claim, [BRANCH_HEAD_LEVEL], "subsidy.decisionWaiting", skip, day(decisionDueOn));
  return { ok: true };
}

/** The district's workers of these levels hear of the claim, except whoever may not act on it. */
async function tellStaff(
  tx: Tx,
  claim: StepClaim,
  levels: Parameters<typeof districtStaff>[3],
  kind: "subsidy.countersignWaiting" | "subsidy.decisionWaiting",
  skip: string[],
  dueDay?: string,
) {
  for (const staff of await districtStaff(tx, claim.artisan.districtId, "SOCIAL_WORKER", levels)) {
    if (skip.includes(staff.id)) continue;
    await notify(tx, {
      userId: staff.id,
      kind,
      payload: { artisan: claim.artisan.displayName, claimId: claim.id, ...(dueDay ? { dueDay } : {}) },
    });
  }
}

/** A level-D or F worker of the district, never the preparer, countersigns: the claim goes to the branch head. */
export async function countersign(tx: Tx, worker: Worker, claim: StepClaim, now: Date): Promise<ClaimOutcome> {
  if (claim.status !== "AWAITING_COUNTERSIGN") return refuse("alreadyDone");
  if (claim.preparedById === worker.id) return refuse("fourEyes");
  const { count } = await tx.subsidyClaim.updateMany({
    where: { id: claim.id, status: "AWAITING_COUNTERSIGN", countersignedById: null },
    data: { countersignedById: worker.id, countersignedAt: now },
  });
  if (count === 0) return refuse("alreadyDone");
  return submitted(tx, worker, { ...claim, countersignedById: worker.id }, now);
}

/** Sent back to its preparer as a draft, with words, instead of a countersign. */
export async function returnToPreparer(tx: Tx, worker: Worker, claim: StepClaim, note: string): Promise<ClaimOutcome> {
  if (claim.preparedById === worker.id) return refuse("fourEyes");
  const { count } = await tx.subsidyClaim.updateMany({
    where: { id: claim.id, status: "AWAITING_COUNTERSIGN" },
    data: { status: "DRAFT" },
  });
  if (count === 0) return refuse("alreadyDone");
  await recordStep(tx, worker, claim, "subsidy.return");
  await notify(tx, {
    userId: claim.preparedById,
    kind: "subsidy.returned",
    payload: { artisan: claim.artisan.displayName, claimId: claim.id, reason: note },
  });
  return { ok: true };
}
