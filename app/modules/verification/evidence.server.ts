import { audit } from "~/utils/audit.server";
import type { Tx } from "~/utils/db.server";
import { unseal } from "~/utils/sensitive.server";

export type EvidenceDetails = { group: string; certificateNumber: string };

/**
 * The disability group and certificate number of one piece of evidence, opened for a reason (a
 * moderator deciding a badge, the social worker checking what they attested). The caller has
 * already scoped the evidence to the reader; every opening is audited, the values never are.
 */
export async function readEvidenceDetails(
  tx: Tx,
  evidenceId: string,
  reader: { actorId: string; purpose: "badgeDecision" | "caseload" },
): Promise<EvidenceDetails | null> {
  const row = await tx.disabilityEvidence.findUnique({
    where: { id: evidenceId },
    select: { id: true, artisanId: true, groupEnc: true, certificateNumberEnc: true },
  });
  if (!row) return null;
  await audit(tx, {
    actorId: reader.actorId,
    action: "evidence.read",
    entity: "ArtisanProfile",
    entityId: row.artisanId,
    detail: { purpose: reader.purpose, evidenceId: row.id, fields: ["groupEnc", "certificateNumberEnc"] },
  });
  const ref = (field: string) => ({ model: "DisabilityEvidence", field, id: row.id });
  return {
    group: unseal(ref("groupEnc"), row.groupEnc),
    certificateNumber: unseal(ref("certificateNumberEnc"), row.certificateNumberEnc),
  };
}
