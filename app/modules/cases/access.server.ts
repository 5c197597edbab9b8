import type { CaseStage, Prisma } from "~/generated/prisma/client";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { workerPowers } from "~/modules/onboarding/levels.server";
import { audit } from "~/utils/audit.server";
import type { Db, Tx } from "~/utils/db.server";
import type { Refusal } from "~/utils/result";
import { stagesBefore } from "./terms";

/**
 * The cases a social worker may see and work on: a level D/E/F worker their own cases, the
 * level-F branch head every case of their districts. Null for any other level (A, B, none).
 * Another district's case, or a colleague's, simply does not exist for them (404).
 */
export async function caseScope(db: Pick<Db, "user">, workerId: string): Promise<Prisma.CaseWhereInput | null> {
  const powers = await workerPowers(db, workerId);
  if (!powers.mayRunCases) return null;
  return { artisan: artisanInStaffDistricts(workerId), ...(powers.isBranchHead ? {} : { socialWorkerId: workerId }) };
}

export type LockedCase = { id: string; artisanId: string; stage: CaseStage };
type CaseRefusal = Refusal<"notFound" | "closed">;
// The audit detail stays in the audit: callers get the outcome alone (each member of it).
type WithoutDetail<R> = R extends unknown ? Omit<R, "detail"> : never;

/**
 * One change to a case, in one transaction: the case is found in the worker's scope and locked
 * (two changes to one case run one after the other: plan versions, stage moves), a closed case
 * refuses every change, then `work` runs and the change is audited with what it returns.
 */
export async function changeCase<R extends { ok: boolean }>(
  db: Db,
  workerId: string,
  caseId: string,
  action: string,
  work: (tx: Tx, found: LockedCase) => Promise<R & { detail?: Prisma.InputJsonObject }>,
): Promise<WithoutDetail<R> | CaseRefusal> {
  const scope = await caseScope(db, workerId);
  if (!scope) return { ok: false, reason: "notFound" };
  return db.$transaction(async (tx) => {
    const found = await tx.case.findFirst({ where: { id: caseId, ...scope }, select: { id: true } });
    if (!found) return { ok: false as const, reason: "notFound" as const };
    await tx.$queryRaw`SELECT 1 FROM "Case" WHERE "id" = ${caseId} FOR UPDATE`;
    const locked = await tx.case.findUniqueOrThrow({
      where: { id: caseId },
      select: { id: true, artisanId: true, stage: true },
    });
    if (locked.stage === "CLOSED") return { ok: false as const, reason: "closed" as const };
    const { detail, ...result } = await work(tx, locked);
    if (result.ok) await audit(tx, { actorId: workerId, action, entity: "Case", entityId: caseId, detail });
    return result as WithoutDetail<R>;
  });
}

/** Moves a case forward to `stage`, never back: from an earlier stage only. */
export async function advanceStage(tx: Tx, caseId: string, stage: CaseStage) {
  await tx.case.updateMany({ where: { id: caseId, stage: { in: stagesBefore(stage) } }, data: { stage } });
}
