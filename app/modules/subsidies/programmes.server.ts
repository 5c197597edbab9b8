import { dayOf } from "~/modules/outreach/schemas";
import { audit } from "~/utils/audit.server";
import { isUniqueViolation, type Db, type Tx } from "~/utils/db.server";
import { dayKey } from "~/utils/days";
import type { Outcome } from "~/utils/result";
import type { ProgrammeDocumentInput, ProgrammeInput } from "./programme-schemas";

export type ProgrammeChange = Outcome<"notFound" | "codeTaken" | "lockedByClaims", { id: string }>;
type Admin = { id: string };

const refuse = (reason: Exclude<ProgrammeChange, { ok: true }>["reason"]) => ({ ok: false, reason }) as ProgrammeChange;

const columns = (input: ProgrammeInput) => ({
  code: input.code,
  nameUz: input.nameUz,
  nameRu: input.nameRu,
  nameEn: input.nameEn,
  bcaMultiple: input.bcaMultiple,
  startsOn: dayOf(input.startsOn),
  endsOn: input.endsOn ? dayOf(input.endsOn) : null,
  decisionDays: input.decisionDays,
  paymentWorkingDays: input.paymentWorkingDays,
});
type Columns = ReturnType<typeof columns>;

const names = ({ nameUz, nameRu, nameEn }: ProgrammeDocumentInput) => ({ nameUz, nameRu, nameEn });

/** A code someone else holds is said in the form, not as a failure of the page. */
async function codeChecked(write: () => Promise<ProgrammeChange>): Promise<ProgrammeChange> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) return refuse("codeTaken");
    throw error;
  }
}

/** A new programme and its checklist, in one transaction. */
export function createProgramme(db: Db, admin: Admin, input: ProgrammeInput): Promise<ProgrammeChange> {
  return codeChecked(() =>
    db.$transaction(async (tx) => {
      const programme = await tx.subsidyProgramme.create({ data: columns(input), select: { id: true } });
      await tx.programmeDocument.createMany({
        data: input.documents.map((document, index) => ({
          programmeId: programme.id,
          position: index + 1,
          ...names(document),
        })),
      });
      await audit(tx, {
        actorId: admin.id,
        action: "programme.create",
        entity: "SubsidyProgramme",
        entityId: programme.id,
        detail: { code: input.code, bcaMultiple: input.bcaMultiple, documents: input.documents.length },
      });
      return { ok: true, id: programme.id };
    }),
  );
}

/**
 * Changes a programme and its checklist in one transaction. Once it has claims, its multiple and
 * start date stay as the claims were made under (an end date and a new programme instead). The row
 * is locked first, so a claim made meanwhile waits and is counted.
 */
export function updateProgramme(db: Db, admin: Admin, id: string, input: ProgrammeInput): Promise<ProgrammeChange> {
  return codeChecked(() =>
    db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "SubsidyProgramme" WHERE id = ${id} FOR UPDATE`;
      const current = await tx.subsidyProgramme.findUnique({
        where: { id },
        include: { documents: { select: { id: true } }, _count: { select: { claims: true } } },
      });
      if (!current) return refuse("notFound");
      const next = columns(input);
      const changed = changedColumns(current, next);
      if (current._count.claims > 0 && (changed.includes("bcaMultiple") || changed.includes("startsOn")))
        return refuse("lockedByClaims");
      await tx.subsidyProgramme.update({ where: { id }, data: next });
      const documents = await replaceChecklist(tx, id, new Set(current.documents.map((d) => d.id)), input.documents);
      await audit(tx, {
        actorId: admin.id,
        action: "programme.update",
        entity: "SubsidyProgramme",
        entityId: id,
        detail: { code: input.code, changed, ...documents },
      });
      return { ok: true, id };
    }),
  );
}

const asText = (value: unknown) => (value instanceof Date ? dayKey(value) : String(value));

/** The programme's columns the input changes, by name (what the audit row records). */
function changedColumns(
  current: Record<keyof Columns, unknown> & { bcaMultiple: { toFixed: (places: number) => string } },
  next: Columns,
) {
  const stored = { ...current, bcaMultiple: current.bcaMultiple.toFixed(2) };
  return (Object.keys(next) as (keyof Columns)[]).filter((key) => asText(stored[key]) !== asText(next[key]));
}

/**
 * The checklist made to match the form: documents left out are removed, the rest renamed and
 * numbered in order, new rows added. An id that is not this programme's document is added as new.
 */
async function replaceChecklist(tx: Tx, programmeId: string, existing: Set<string>, wanted: ProgrammeDocumentInput[]) {
  const keptIds = new Set(wanted.flatMap((d) => (d.id && existing.has(d.id) ? [d.id] : [])));
  const removed = [...existing].filter((id) => !keptIds.has(id));
  await tx.programmeDocument.deleteMany({ where: { programmeId, id: { in: removed } } });
  let added = 0;
  for (const [index, document] of wanted.entries()) {
    const data = { position: index + 1, ...names(document) };
    if (document.id && keptIds.has(document.id)) {
      await tx.programmeDocument.update({ where: { id: document.id }, data });
    } else {
      await tx.programmeDocument.create({ data: { programmeId, ...data } });
      added += 1;
    }
  }
  return { documentsAdded: added, documentsRemoved: removed.length, documents: wanted.length };
}
