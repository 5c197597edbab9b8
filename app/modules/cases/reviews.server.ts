import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import { addDays } from "~/utils/days";
import { tashkentNow } from "~/utils/format";
import { advanceStage, changeCase } from "./access.server";
import { monthFacts } from "./month-facts.server";
import { reviewMonth } from "./schedule";
import type { ReviewInput } from "./schemas";
import { sealText } from "./sealed.server";

/** A review may be done up to a week before its day (a visit planned early), never long before. */
export const REVIEW_EARLY_DAYS = 7;

export const mayReviewOn = (dueOn: Date, today: Date) => addDays(dueOn, -REVIEW_EARLY_DAYS) <= today;

/**
 * Completes monthly review `number`: the worker's note (sealed) and the person's satisfaction,
 * with the marketplace's facts of the review's month as they stand now, stored with it. The first
 * completed review moves the case to monitoring.
 */
export function completeReview(
  db: Db,
  worker: { id: string },
  caseId: string,
  number: number,
  input: ReviewInput,
  now = new Date(),
) {
  return changeCase(db, worker.id, caseId, "case.review.complete", async (tx, found) => {
    const review = await tx.monthlyReview.findUnique({
      where: { caseId_number: { caseId, number } },
      select: { id: true, dueOn: true, doneOn: true },
    });
    if (!review) return { ok: false as const, reason: "noReview" as const };
    if (review.doneOn) return { ok: false as const, reason: "done" as const };
    const { today } = tashkentNow(now);
    if (!mayReviewOn(review.dueOn, today)) return { ok: false as const, reason: "notYet" as const };
    const facts = await monthFacts(tx, found.artisanId, reviewMonth(review.dueOn));
    await tx.monthlyReview.update({
      where: { id: review.id },
      data: {
        doneOn: today,
        doneById: worker.id,
        noteEnc: sealText(["MonthlyReview", "noteEnc"], review.id, input.note),
        satisfaction: input.satisfaction,
        facts: facts as unknown as Prisma.InputJsonObject,
      },
    });
    await advanceStage(tx, found.id, "MONITORING");
    return { ok: true as const, detail: { reviewId: review.id, number, satisfaction: input.satisfaction } };
  });
}
