import { workingDaysAfter } from "~/modules/calendar/holidays.server";
import { dayOf } from "~/modules/outreach/schemas";
import type { Db } from "~/utils/db.server";
import { advanceStage, changeCase } from "./access.server";
import type { ReferralAnswerInput, ReferralInput } from "./schemas";
import { sealText } from "./sealed.server";
import { REFERRAL_ANSWER_DAYS } from "./terms";

/**
 * Sends a referral: the organisation's answer is due 5 working days after the day it was sent
 * (weekends and the admin's public holidays skipped). The first referral puts the case in progress.
 */
export function sendReferral(db: Db, worker: { id: string }, caseId: string, input: ReferralInput) {
  return changeCase(db, worker.id, caseId, "case.referral.send", async (tx, found) => {
    const sentOn = dayOf(input.sentOn);
    const answerDueOn = await workingDaysAfter(tx, sentOn, REFERRAL_ANSWER_DAYS);
    const referral = await tx.referral.create({
      data: { caseId, kind: input.kind, organisation: input.organisation, sentOn, answerDueOn, sentById: worker.id },
      select: { id: true },
    });
    await advanceStage(tx, found.id, "IN_PROGRESS");
    return { ok: true as const, detail: { referralId: referral.id, kind: input.kind } };
  });
}

/**
 * Records the organisation's answer (accepted, refused with its reason, or the service done), its
 * day and words, sealed. An accepted referral can later be marked done; a refused or done one is final.
 */
export function answerReferral(db: Db, worker: { id: string }, caseId: string, input: ReferralAnswerInput) {
  return changeCase(db, worker.id, caseId, "case.referral.answer", async (tx) => {
    const referral = await tx.referral.findFirst({
      where: { id: input.referralId, caseId, status: { in: ["SENT", "ACCEPTED"] } },
      select: { id: true, status: true, sentOn: true },
    });
    if (!referral) return { ok: false as const, reason: "answered" as const };
    const respondedOn = dayOf(input.respondedOn);
    if (respondedOn < referral.sentOn) return { ok: false as const, reason: "beforeSent" as const };
    await tx.referral.update({
      where: { id: referral.id },
      data: {
        status: input.status,
        respondedOn,
        responseEnc: input.response ? sealText(["Referral", "responseEnc"], referral.id, input.response) : null,
      },
    });
    return { ok: true as const, detail: { referralId: referral.id, from: referral.status, to: input.status } };
  });
}

/** Overdue: still waiting for an answer after its due day (Tashkent's today). */
export const isOverdue = (referral: { status: string; answerDueOn: Date }, today: Date) =>
  referral.status === "SENT" && today > referral.answerDueOn;
