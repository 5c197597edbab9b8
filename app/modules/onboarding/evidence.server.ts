import { randomUUID } from "node:crypto";
import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import type { Outcome } from "~/utils/result";
import { seal } from "~/utils/sensitive.server";
import { dayOf } from "~/modules/outreach/schemas";
import { workerPowers } from "./levels.server";
import type { EvidenceInput } from "./schemas";

/**
 * Step 3: the certificate seen at the visit is attested, not copied: group and number sealed, the
 * dates and the commission kept. It replaces earlier evidence. A level-A worker's attestation
 * waits for a countersign (see levels.server.ts) and counts only then.
 */
export async function attestEvidence(
  db: Db,
  worker: { id: string },
  artisanId: string,
  input: EvidenceInput,
): Promise<Outcome<"notFound" | "expired" | "issuedInFuture">> {
  const { today } = tashkentNow();
  if (dayOf(input.issuedOn) > today) return { ok: false, reason: "issuedInFuture" };
  if (input.validUntil && dayOf(input.validUntil) < today) return { ok: false, reason: "expired" };
  const powers = await workerPowers(db, worker.id);
  return db.$transaction(async (tx) => {
    const artisan = await tx.artisanProfile.findFirst({
      where: { id: artisanId, ...artisanInStaffDistricts(worker.id) },
      select: { id: true },
    });
    if (!artisan) return { ok: false as const, reason: "notFound" as const };
    // The id is bound into the ciphertexts, so it is chosen before the row is written.
    const id = randomUUID();
    const ref = (field: string) => ({ model: "DisabilityEvidence", field, id });
    await tx.disabilityEvidence.updateMany({
      where: { artisanId, supersededAt: null },
      data: { supersededAt: new Date() },
    });
    await tx.disabilityEvidence.create({
      data: {
        id,
        artisanId,
        groupEnc: seal(ref("groupEnc"), input.group),
        certificateNumberEnc: seal(ref("certificateNumberEnc"), input.certificateNumber),
        issuedOn: dayOf(input.issuedOn),
        validUntil: input.validUntil ? dayOf(input.validUntil) : null,
        commission: input.commission,
        commissionDistrictId: input.commissionDistrictId,
        needsCountersign: powers.needsCountersign,
        attestedById: worker.id,
      },
    });
    await audit(tx, {
      actorId: worker.id,
      action: "evidence.attest",
      entity: "ArtisanProfile",
      entityId: artisanId,
      detail: { evidenceId: id, needsCountersign: powers.needsCountersign },
    });
    return { ok: true as const };
  });
}

/**
 * A level-D or F worker of the district countersigns a level-A worker's attestation; never their
 * own (also a database check). Conditional, so it is countersigned once.
 */
export async function countersignEvidence(
  db: Db,
  worker: { id: string },
  artisanId: string,
): Promise<Outcome<"notFound" | "notSupervisor" | "ownAttestation" | "nothingToSign">> {
  const powers = await workerPowers(db, worker.id);
  return db.$transaction(async (tx) => {
    const artisan = await tx.artisanProfile.findFirst({
      where: { id: artisanId, ...artisanInStaffDistricts(worker.id) },
      select: {
        evidence: {
          where: { supersededAt: null, needsCountersign: true, countersignedAt: null },
          select: { id: true, attestedById: true },
        },
      },
    });
    if (!artisan) return { ok: false as const, reason: "notFound" as const };
    if (!powers.mayCountersign) return { ok: false as const, reason: "notSupervisor" as const };
    const evidence = artisan.evidence[0];
    if (!evidence) return { ok: false as const, reason: "nothingToSign" as const };
    if (evidence.attestedById === worker.id) return { ok: false as const, reason: "ownAttestation" as const };
    const signed = await tx.disabilityEvidence.updateMany({
      where: { id: evidence.id, countersignedAt: null },
      data: { countersignedAt: new Date(), countersignedById: worker.id },
    });
    if (signed.count !== 1) return { ok: false as const, reason: "nothingToSign" as const };
    await audit(tx, {
      actorId: worker.id,
      action: "evidence.countersign",
      entity: "ArtisanProfile",
      entityId: artisanId,
      detail: { evidenceId: evidence.id },
    });
    return { ok: true as const };
  });
}
