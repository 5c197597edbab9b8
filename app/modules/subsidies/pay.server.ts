import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import { claimStep, programmePayload, recordStep, refuse } from "./claim-step.server";
import { tellArtisan } from "./decide.server";
import type { PaymentInput } from "./reasons";

/**
 * The branch head records the payment of an approved claim: the day it was paid (not before the
 * decision, not in the future) and the payment order's number.
 */
export function recordPayment(db: Db, head: { id: string }, claimId: string, input: PaymentInput, now = new Date()) {
  return claimStep(db, head, claimId, async (tx, claim, powers) => {
    if (!powers.isBranchHead) return refuse("levelTooLow");
    if (claim.status !== "APPROVED" || !claim.decidedAt) return refuse("alreadyDone");
    const paidOn = new Date(`${input.paidOn}T00:00:00Z`);
    const decidedOn = tashkentNow(claim.decidedAt).today;
    if (paidOn < decidedOn || paidOn > tashkentNow(now).today) return refuse("paidOnOutOfRange");
    const { count } = await tx.subsidyClaim.updateMany({
      where: { id: claim.id, status: "APPROVED" },
      data: {
        status: "PAID",
        paidOn,
        paymentOrderNumber: input.orderNumber,
        paymentRecordedById: head.id,
        paymentRecordedAt: now,
      },
    });
    if (count === 0) return refuse("alreadyDone");
    await recordStep(tx, head, claim, "subsidy.pay");
    await tellArtisan(tx, claim, "subsidy.paid", { ...programmePayload(claim), paidDay: input.paidOn });
    return { ok: true };
  });
}
