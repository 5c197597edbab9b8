/**
 * Whether a listing shows the "verified artisan" badge. All must hold (domain rules):
 * a granted badge whose evidence is still valid, the artisan's consent to show it publicly,
 * and the artisan's attestation that this item is their own handmade work.
 */
export type BadgeFacts = {
  grantedBadges: { validUntil: Date | null; decidedAt: Date | null }[];
  publicConsents: unknown[];
  handmadeAttestedAt: Date | null;
};

export function publicBadge(facts: BadgeFacts, today = new Date()): { verifiedOn: Date | null } | null {
  if (!facts.handmadeAttestedAt || facts.publicConsents.length === 0) return null;
  const valid = facts.grantedBadges.find((b) => b.validUntil === null || b.validUntil >= startOfDay(today));
  return valid ? { verifiedOn: valid.decidedAt } : null;
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The Prisma selection that yields BadgeFacts' artisan half. */
export const badgeSelect = {
  badges: {
    where: { status: "GRANTED" as const },
    select: { validUntil: true, decidedAt: true },
    orderBy: { decidedAt: "desc" as const },
    take: 3,
  },
  consents: { where: { purpose: "PUBLIC_PROFILE_BADGE" as const, revokedAt: null }, select: { id: true }, take: 1 },
};

/** publicBadge for a listing row loaded with `artisan: { select: badgeSelect }`. */
export function listingBadge(row: {
  handmadeAttestedAt: Date | null;
  artisan: { badges: BadgeFacts["grantedBadges"]; consents: unknown[] };
}) {
  return publicBadge({
    grantedBadges: row.artisan.badges,
    publicConsents: row.artisan.consents,
    handmadeAttestedAt: row.handmadeAttestedAt,
  });
}
