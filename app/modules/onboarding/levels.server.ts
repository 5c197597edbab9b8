import type { SocialWorkerLevel } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { SUPERVISOR_LEVELS } from "~/utils/permissions";

/**
 * What a social worker's level (professional standard, domain.md) lets them do at onboarding:
 * every level keeps the outreach list and records visits and consents; a level-A worker's
 * attestation counts only once a level-D or F worker countersigns it; requesting a badge takes
 * level B or above.
 */
export type WorkerPowers = {
  level: SocialWorkerLevel | null;
  attestNeedsCountersign: boolean;
  mayRequestBadge: boolean;
  mayCountersign: boolean;
};

export function powersOf(level: SocialWorkerLevel | null): WorkerPowers {
  return {
    level,
    attestNeedsCountersign: level === null || level === "A",
    mayRequestBadge: level !== null && level !== "A",
    mayCountersign: level !== null && SUPERVISOR_LEVELS.includes(level),
  };
}

export async function workerPowers(db: Pick<Db, "user">, workerId: string): Promise<WorkerPowers> {
  const user = await db.user.findUnique({ where: { id: workerId }, select: { socialWorkerLevel: true } });
  return powersOf(user?.socialWorkerLevel ?? null);
}
