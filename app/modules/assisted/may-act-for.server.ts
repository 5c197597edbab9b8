import type { Prisma } from "~/generated/prisma/client";
import type { Role } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { can } from "~/utils/permissions";

type Reader = Pick<Db, "artisanProfile">;

/** The artisans who named this person as a helper (link not revoked), or are assigned to them as social worker. */
export function linkedTo(person: { id: string; roles: readonly Role[] }): Prisma.ArtisanProfileWhereInput[] {
  return [
    ...(person.roles.includes("HELPER") ? [{ helpers: { some: { helperId: person.id, revokedAt: null } } }] : []),
    ...(person.roles.includes("SOCIAL_WORKER") ? [{ socialWorkerId: person.id }] : []),
  ];
}

/**
 * Whether this person may act for this artisan right now: a helper the artisan named (link not
 * revoked) or the artisan's assigned social worker, and only while the artisan's "assisted mode"
 * consent stands. Checked on every request, so a revoked consent ends the switch at once. A
 * courier never acts for anyone, whatever other roles the account has.
 */
export async function mayActFor(
  db: Reader,
  person: { id: string; roles: readonly Role[] },
  artisanId: string,
): Promise<boolean> {
  if (person.roles.includes("COURIER") || !can(person.roles, "assisted:act")) return false;
  const artisan = await db.artisanProfile.findFirst({
    where: {
      id: artisanId,
      consents: { some: { purpose: "ASSISTED_MODE", revokedAt: null } },
      OR: linkedTo(person),
    },
    select: { id: true },
  });
  return artisan !== null;
}
