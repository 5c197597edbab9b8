import type { Role } from "~/generated/prisma/enums";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { verifyPassword } from "~/utils/password.server";
import { needsTwoFactor } from "~/utils/permissions";
import type { LoginIdentifier } from "~/utils/phone";
import { createSession } from "~/utils/session.server";

export async function verifyLogin(db: Db, identifier: LoginIdentifier, password: string) {
  const user = await db.user.findUnique({
    where: "email" in identifier ? { email: identifier.email } : { phone: identifier.phone },
    select: { id: true, passwordHash: true, roles: true, disabledAt: true },
  });
  if (!user) {
    // Checks a decoy hash, so the response time does not tell who has an account.
    await verifyPassword(null, password);
    return null;
  }
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok || user.disabledAt) {
    await audit(db, { actorId: null, action: "auth.login_failed", entity: "User", entityId: user.id });
    return null;
  }
  return user;
}

/** Opens a session; staff sessions start locked until the TOTP code is given. */
export async function startSession(db: Db, user: { id: string; roles: Role[] }, userAgent: string | null) {
  const twoFactor = needsTwoFactor(user.roles);
  const { token } = await createSession(db, user.id, { twoFactorPassed: !twoFactor, userAgent });
  await audit(db, {
    actorId: user.id,
    action: twoFactor ? "auth.password_ok" : "auth.login",
    entity: "User",
    entityId: user.id,
  });
  return { token, needsTwoFactor: twoFactor };
}
