import type { Db } from "~/utils/db.server";
import { changeCase } from "./access.server";
import type { CloseInput } from "./schemas";
import { sealText } from "./sealed.server";

/** Closes the case with its reason (and words, sealed); a closed case takes no more changes. */
export function closeCase(db: Db, worker: { id: string }, caseId: string, input: CloseInput, now = new Date()) {
  return changeCase(db, worker.id, caseId, "case.close", async (tx, found) => {
    await tx.case.update({
      where: { id: found.id },
      data: {
        stage: "CLOSED",
        closedAt: now,
        closureReason: input.reason,
        closureNoteEnc: input.note ? sealText(["Case", "closureNoteEnc"], found.id, input.note) : null,
      },
    });
    return { ok: true as const, detail: { reason: input.reason, fromStage: found.stage } };
  });
}
