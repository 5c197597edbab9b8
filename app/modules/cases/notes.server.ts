import { randomUUID } from "node:crypto";
import type { Db } from "~/utils/db.server";
import { changeCase } from "./access.server";
import { sealText } from "./sealed.server";

/** A case note by the case worker or the branch head, sealed; it remembers the stage it was written in. */
export function addCaseNote(db: Db, worker: { id: string }, caseId: string, body: string) {
  return changeCase(db, worker.id, caseId, "case.note.add", async (tx, found) => {
    const id = randomUUID();
    await tx.caseNote.create({
      data: {
        id,
        caseId,
        authorId: worker.id,
        stage: found.stage,
        bodyEnc: sealText(["CaseNote", "bodyEnc"], id, body),
      },
    });
    return { ok: true as const, detail: { noteId: id } };
  });
}
