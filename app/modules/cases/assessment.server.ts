import { randomUUID } from "node:crypto";
import { dayOf } from "~/modules/outreach/schemas";
import type { Db } from "~/utils/db.server";
import { advanceStage, changeCase } from "./access.server";
import type { AssessmentInput } from "./schemas";
import { sealJson } from "./sealed.server";

/**
 * Records the needs assessment done together with the person (one per case; recording it again
 * replaces it, under the same row so its seal still fits). The case moves from intake to assessment.
 */
export function saveAssessment(db: Db, worker: { id: string }, caseId: string, input: AssessmentInput) {
  return changeCase(db, worker.id, caseId, "case.assessment.save", async (tx, found) => {
    const existing = await tx.needsAssessment.findUnique({ where: { caseId }, select: { id: true } });
    const id = existing?.id ?? randomUUID();
    const bodyEnc = sealJson(["NeedsAssessment", "bodyEnc"], id, {
      goals: input.goals,
      barriers: input.barriers ?? "",
      accommodations: input.accommodations,
      skills: input.skills ?? "",
    });
    const data = { bodyEnc, recordedById: worker.id, recordedOn: dayOf(input.recordedOn) };
    await tx.needsAssessment.upsert({ where: { caseId }, create: { id, caseId, ...data }, update: data });
    await advanceStage(tx, found.id, "ASSESSMENT");
    return { ok: true as const, detail: { assessmentId: id, again: Boolean(existing) } };
  });
}
