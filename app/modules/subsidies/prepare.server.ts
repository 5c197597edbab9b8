import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { audit } from "~/utils/audit.server";
import { isUniqueViolation, type Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import type { Outcome } from "~/utils/result";
import { claimStep, recordStep, refuse, type ClaimOutcome, type Worker } from "./claim-step.server";
import { allMet, eligibility } from "./eligibility.server";
import { submitted } from "./submit.server";

const OPEN = ["DRAFT", "AWAITING_COUNTERSIGN", "SUBMITTED"] as const;

/**
 * A draft claim for an artisan of the worker's district in a running programme, or the artisan's
 * open claim in it if there is one already (one at a time: a partial unique index holds it too).
 */
export async function startClaim(
  db: Db,
  worker: Worker,
  input: { artisanId: string; programmeId: string },
  now = new Date(),
): Promise<Outcome<"notFound" | "programmeClosed", { claimId: string }>> {
  const { today } = tashkentNow(now);
  const artisan = await db.artisanProfile.findFirst({
    where: { id: input.artisanId, ...artisanInStaffDistricts(worker.id) },
    select: { id: true, userId: true },
  });
  const programme = await db.subsidyProgramme.findUnique({ where: { id: input.programmeId } });
  if (!artisan || !programme) return { ok: false, reason: "notFound" };
  const open = await db.subsidyClaim.findFirst({
    where: { artisanId: artisan.id, programmeId: programme.id, status: { in: [...OPEN] } },
    select: { id: true },
  });
  if (open) return { ok: true, claimId: open.id };
  if (programme.startsOn > today || (programme.endsOn && programme.endsOn < today))
    return { ok: false, reason: "programmeClosed" };
  try {
    const claim = await db.$transaction(async (tx) => {
      const row = await tx.subsidyClaim.create({
        data: { artisanId: artisan.id, programmeId: programme.id, preparedById: worker.id },
        select: { id: true },
      });
      await audit(tx, {
        actorId: worker.id,
        onBehalfOf: artisan.userId,
        action: "subsidy.prepare",
        entity: "SubsidyClaim",
        entityId: row.id,
        detail: { artisanId: artisan.id, programmeId: programme.id },
      });
      return row;
    });
    return { ok: true, claimId: claim.id };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Someone opened one a moment ago: continue theirs.
    return startClaim(db, worker, input, now);
  }
}

/** The documents seen for the claim (only the programme's own), on a draft, by its preparer. */
export function saveClaimDocuments(db: Db, worker: Worker, claimId: string, documentIds: readonly string[]) {
  return claimStep(db, worker, claimId, async (tx, claim) => {
    if (claim.preparedById !== worker.id) return refuse("notYours");
    const known = new Set(claim.programme.documents.map((doc) => doc.id));
    const ids = [...new Set(documentIds)].filter((id) => known.has(id));
    const { count } = await tx.subsidyClaim.updateMany({
      where: { id: claim.id, status: "DRAFT" },
      data: { documentIds: ids },
    });
    if (count === 0) return refuse("alreadyDone");
    await recordStep(tx, worker, claim, "subsidy.documents", { documents: ids.length });
    return { ok: true };
  });
}

/**
 * Submits a draft when every check is met and every document seen: to the countersign queue for
 * a level-A preparer, else to the branch head's decision queue with its due date.
 */
export function submitClaim(db: Db, worker: Worker, claimId: string, now = new Date()): Promise<ClaimOutcome> {
  return claimStep(db, worker, claimId, async (tx, claim) => {
    if (claim.preparedById !== worker.id) return refuse("notYours");
    if (claim.status !== "DRAFT") return refuse("alreadyDone");
    if (!allMet(await eligibility(tx, claim, claim.programme, tashkentNow(now).today))) return refuse("notEligible");
    const seen = new Set(claim.documentIds);
    if (!claim.programme.documents.every((doc) => seen.has(doc.id))) return refuse("documentsMissing");
    return submitted(tx, worker, claim, now);
  });
}

/** A draft thrown away by its preparer (nothing was submitted, so nothing else refers to it). */
export function discardClaim(db: Db, worker: Worker, claimId: string) {
  return claimStep(db, worker, claimId, async (tx, claim) => {
    if (claim.preparedById !== worker.id) return refuse("notYours");
    const { count } = await tx.subsidyClaim.deleteMany({ where: { id: claim.id, status: "DRAFT" } });
    if (count === 0) return refuse("alreadyDone");
    await recordStep(tx, worker, claim, "subsidy.discard");
    return { ok: true };
  });
}
