import type { Prisma } from "~/generated/prisma/client";

/**
 * Evidence that counts: the artisan's current attestation (not superseded), and a level-A
 * worker's only once a level-D or F worker of the district has countersigned it.
 */
export const countingEvidence = {
  supersededAt: null,
  OR: [{ needsCountersign: false }, { countersignedAt: { not: null } }],
} satisfies Prisma.DisabilityEvidenceWhereInput;

/**
 * Every read of a sealed field of an artisan (evidence group and number, address, access notes,
 * bank card, the texts of their case) is audited with one of these actions on entity "ArtisanProfile" and the artisan's id,
 * and detail { purpose, fields }, so "who looked at my data" finds them all in one query.
 */
export const SEALED_READ_ACTIONS = ["evidence.read", "artisan.address.read", "artisan.card.read", "case.read"] as const;
export type SealedReadAction = (typeof SEALED_READ_ACTIONS)[number];
