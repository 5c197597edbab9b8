import { randomUUID } from "node:crypto";
import type { Db, Tx } from "~/utils/db.server";
import { dayOf } from "~/modules/outreach/schemas";
import { advanceStage, changeCase } from "./access.server";
import type { AcknowledgeInput, ActionStatusInput, PlanInput } from "./schemas";
import { sealJson, unsealPlan } from "./sealed.server";

/**
 * Saves the plan as a new version (1 for the first, n+1 for an amendment); earlier versions stay
 * as they were, readable. The first plan moves the case to the plan stage.
 */
export function savePlanVersion(db: Db, worker: { id: string }, caseId: string, input: PlanInput) {
  return changeCase(db, worker.id, caseId, "case.plan.version", async (tx, found) => {
    const last = await tx.casePlanVersion.findFirst({
      where: { caseId },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const id = randomUUID();
    const version = (last?.version ?? 0) + 1;
    const bodyEnc = sealJson(["CasePlanVersion", "bodyEnc"], id, input);
    await tx.casePlanVersion.create({ data: { id, caseId, version, bodyEnc, createdById: worker.id } });
    await advanceStage(tx, found.id, "PLAN");
    return { ok: true as const, version, detail: { planVersionId: id, version, actions: input.actions.length } };
  });
}

/** The version asked for, if it is still the current (latest) one: earlier versions are kept as they were. */
async function currentVersion(tx: Tx, caseId: string, version: number) {
  const latest = await tx.casePlanVersion.findFirst({ where: { caseId }, orderBy: { version: "desc" } });
  return latest && latest.version === version ? latest : null;
}

/** The artisan agreed to the current version: the day, and who witnessed it. */
export function acknowledgePlan(db: Db, worker: { id: string }, caseId: string, input: AcknowledgeInput) {
  return changeCase(db, worker.id, caseId, "case.plan.acknowledge", async (tx) => {
    const plan = await currentVersion(tx, caseId, input.version);
    if (!plan) return { ok: false as const, reason: "notCurrent" as const };
    await tx.casePlanVersion.update({
      where: { id: plan.id },
      data: {
        acknowledgedOn: dayOf(input.acknowledgedOn),
        acknowledgedWitness: input.witness,
        acknowledgedById: worker.id,
      },
    });
    return { ok: true as const, detail: { planVersionId: plan.id, version: plan.version } };
  });
}

/** An action's status on the current version changes in place (an amendment is for what or when). */
export function setActionStatus(db: Db, worker: { id: string }, caseId: string, input: ActionStatusInput) {
  return changeCase(db, worker.id, caseId, "case.plan.actionStatus", async (tx) => {
    const plan = await currentVersion(tx, caseId, input.version);
    if (!plan) return { ok: false as const, reason: "notCurrent" as const };
    const body = unsealPlan(plan.id, plan.bodyEnc);
    const action = body.actions[input.action];
    if (!action) return { ok: false as const, reason: "notCurrent" as const };
    const from = action.status;
    action.status = input.status;
    await tx.casePlanVersion.update({
      where: { id: plan.id },
      data: { bodyEnc: sealJson(["CasePlanVersion", "bodyEnc"], plan.id, body) },
    });
    return {
      ok: true as const,
      detail: { planVersionId: plan.id, version: plan.version, action: input.action, from, to: input.status },
    };
  });
}
