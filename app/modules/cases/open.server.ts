import { randomUUID } from "node:crypto";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { workerPowers } from "~/modules/onboarding/levels.server";
import { audit } from "~/utils/audit.server";
import { isUniqueViolation, type Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import type { Outcome } from "~/utils/result";
import { reviewDueDates } from "./schedule";

export type OpenRefusal = "notFound" | "level" | "noConsent" | "alreadyOpen";

/** What the "open a case" page needs to know before the worker opens one. */
export async function openingFacts(db: Db, workerId: string, artisanId: string) {
  const artisan = await db.artisanProfile.findFirst({
    where: { id: artisanId, ...artisanInStaffDistricts(workerId) },
    select: {
      id: true,
      displayName: true,
      createdAt: true,
      consents: { where: { purpose: "CASE_RECORDS", revokedAt: null }, select: { id: true }, take: 1 },
      cases: { where: { stage: { not: "CLOSED" } }, select: { id: true, socialWorkerId: true }, take: 1 },
    },
  });
  if (!artisan) return null;
  const { mayRunCases, isBranchHead } = await workerPowers(db, workerId);
  const open = artisan.cases[0] ?? null;
  return {
    artisan,
    mayRunCases,
    hasConsent: artisan.consents.length > 0,
    /** The open case, when there is one the worker may see (their own, or any for the branch head). */
    openCaseId: open && (isBranchHead || open.socialWorkerId === workerId) ? open.id : null,
    hasOpenCase: open !== null,
  };
}

/**
 * Opens a case for an artisan of the worker's district who gave the case-records consent; the
 * worker (level D, E or F) becomes the case worker. The six monthly reviews are set at once. One
 * open case per artisan: the database's partial unique index decides a race.
 */
export async function openCase(
  db: Db,
  worker: { id: string },
  input: { artisanId: string; externalEcaseId?: string },
  now = new Date(),
): Promise<Outcome<OpenRefusal, { caseId: string }>> {
  const facts = await openingFacts(db, worker.id, input.artisanId);
  if (!facts) return { ok: false, reason: "notFound" };
  if (!facts.mayRunCases) return { ok: false, reason: "level" };
  if (!facts.hasConsent) return { ok: false, reason: "noConsent" };
  if (facts.hasOpenCase) return { ok: false, reason: "alreadyOpen" };
  const caseId = randomUUID();
  const onboardedOn = tashkentNow(facts.artisan.createdAt).today;
  try {
    await db.$transaction(async (tx) => {
      await tx.case.create({
        data: {
          id: caseId,
          artisanId: facts.artisan.id,
          socialWorkerId: worker.id,
          openedById: worker.id,
          externalEcaseId: input.externalEcaseId ?? null,
          openedAt: now,
          reviews: {
            create: reviewDueDates(onboardedOn).map((dueOn, i) => ({ number: i + 1, dueOn })),
          },
        },
      });
      await audit(tx, {
        actorId: worker.id,
        action: "case.open",
        entity: "Case",
        entityId: caseId,
        detail: { artisanId: facts.artisan.id, ecase: Boolean(input.externalEcaseId) },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "alreadyOpen" };
    throw error;
  }
  return { ok: true, caseId };
}
