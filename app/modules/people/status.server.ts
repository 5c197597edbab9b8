import { audit } from "~/utils/audit.server";
import type { Db, Tx } from "~/utils/db.server";
import type { Outcome } from "~/utils/result";

// Deactivating an account (anyone's: staff, buyer, artisan) and giving it back. A deactivated
// person cannot sign in (verifyLogin) and no session of theirs is found (findSession).

type Admin = { id: string };

/**
 * Deactivates with a reason and deletes every session of the person in the same transaction, so
 * they are signed out at once. Never oneself, never the last active administrator.
 */
export async function deactivatePerson(
  db: Db,
  admin: Admin,
  userId: string,
  reason: string,
): Promise<Outcome<"notFound" | "self" | "lastAdmin" | "alreadyDeactivated">> {
  if (userId === admin.id) return { ok: false, reason: "self" };
  return db.$transaction(async (tx) => {
    // Every administrator's row locked: two admins deactivating each other cannot both go through.
    await tx.$executeRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} OR 'ADMIN'::"Role" = ANY("roles") ORDER BY "id" FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { roles: true, disabledAt: true } });
    if (!user) return { ok: false as const, reason: "notFound" as const };
    if (user.disabledAt) return { ok: false as const, reason: "alreadyDeactivated" as const };
    if (user.roles.includes("ADMIN") && (await otherActiveAdmins(tx, userId)) === 0)
      return { ok: false as const, reason: "lastAdmin" as const };
    await tx.user.update({
      where: { id: userId },
      data: { disabledAt: new Date(), disabledReason: reason, disabledById: admin.id },
    });
    const { count } = await tx.session.deleteMany({ where: { userId } });
    // The reason is the admin's words about the person: kept on the account, not copied into the audit.
    await audit(tx, {
      actorId: admin.id,
      action: "people.deactivated",
      entity: "User",
      entityId: userId,
      detail: { sessionsEnded: count },
    });
    return { ok: true as const };
  });
}

const otherActiveAdmins = (tx: Tx, userId: string) =>
  tx.user.count({ where: { id: { not: userId }, roles: { has: "ADMIN" }, disabledAt: null } });

/** The account works again; the person signs in as before (their password and two-factor are kept). */
export async function reactivatePerson(db: Db, admin: Admin, userId: string): Promise<Outcome<"notFound">> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, disabledAt: { not: null } },
      data: { disabledAt: null, disabledReason: null, disabledById: null },
    });
    if (count === 0) return { ok: false as const, reason: "notFound" as const };
    await audit(tx, { actorId: admin.id, action: "people.reactivated", entity: "User", entityId: userId });
    return { ok: true as const };
  });
}
