import type { SocialWorkerLevel } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { BRANCH_HEAD_LEVEL, CASE_LEVELS, SUPERVISOR_LEVELS } from "~/utils/permissions";

/**
 * What a social worker's level (professional standard, domain.md) lets them do: every level keeps
 * the outreach list, records visits and consents and prepares subsidy claims; a level-A worker's
 * attestation or claim counts only once a level-D or F worker countersigns it; requesting a badge
 * takes level B or above; running cases D, E or F; the branch head (F) decides and pays claims.
 */
export type WorkerPowers = {
  level: SocialWorkerLevel | null;
  needsCountersign: boolean;
  mayRequestBadge: boolean;
  mayCountersign: boolean;
  mayRunCases: boolean;
  isBranchHead: boolean;
};

export function powersOf(level: SocialWorkerLevel | null): WorkerPowers {
  return {
    level,
    needsCountersign: level === null || level === "A",
    mayRequestBadge: level !== null && level !== "A",
    mayCountersign: level !== null && SUPERVISOR_LEVELS.includes(level),
    mayRunCases: level !== null && CASE_LEVELS.includes(level),
    isBranchHead: level === BRANCH_HEAD_LEVEL,
  };
}

export async function workerPowers(db: Pick<Db, "user">, workerId: string): Promise<WorkerPowers> {
  const user = await db.user.findUnique({ where: { id: workerId }, select: { socialWorkerLevel: true } });
  return powersOf(user?.socialWorkerLevel ?? null);
}
