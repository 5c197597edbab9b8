import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { seal, unseal } from "~/utils/sensitive.server";
import type { ActiveSession } from "~/utils/session.server";
import { newToken, tokenDigest } from "~/utils/tokens.server";
import { createTotpSecret, totpUri, verifyTotp } from "~/utils/totp.server";

const secretRef = (userId: string) => ({ model: "User", field: "totpSecretEnc", id: userId });

/**
 * A staff member without TOTP gets a secret to add to an authenticator app; it is enabled
 * only once a code from it is accepted, so a half-finished setup never locks anyone out.
 */
export async function pendingTotpSetup(db: Db, user: { id: string; email: string | null; phone: string | null }) {
  const row = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { totpSecretEnc: true, totpEnabledAt: true },
  });
  if (row.totpEnabledAt) return null;
  let secret = row.totpSecretEnc ? unseal(secretRef(user.id), row.totpSecretEnc) : null;
  if (!secret) {
    secret = createTotpSecret();
    await db.user.update({ where: { id: user.id }, data: { totpSecretEnc: seal(secretRef(user.id), secret) } });
  }
  return { secret, uri: totpUri({ secret, accountName: user.email ?? user.phone ?? user.id, issuer: "Hunarmand" }) };
}

/**
 * Checks the code (no replays: the last accepted time step is stored) and unlocks the session
 * under a new token (the caller sets it as the cookie): the token from before the second factor
 * stops working. Null when the code is wrong.
 */
export async function passTwoFactor(db: Db, session: ActiveSession, code: string): Promise<{ token: string } | null> {
  const row = await db.user.findUniqueOrThrow({
    where: { id: session.userId },
    select: { totpSecretEnc: true, totpLastStep: true, totpEnabledAt: true },
  });
  if (!row.totpSecretEnc) return null;
  const result = await verifyTotp(unseal(secretRef(session.userId), row.totpSecretEnc), code, row.totpLastStep);
  if (!result.ok) {
    await audit(db, { actorId: session.userId, action: "auth.totp_failed", entity: "User", entityId: session.userId });
    return null;
  }
  const token = newToken();
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: session.userId },
      data: { totpLastStep: result.step, totpEnabledAt: row.totpEnabledAt ?? new Date() },
    });
    await tx.session.update({
      where: { id: session.id },
      data: { twoFactorPassedAt: new Date(), tokenHash: tokenDigest(token) },
    });
    await audit(tx, {
      actorId: session.userId,
      action: "auth.login",
      entity: "User",
      entityId: session.userId,
      detail: { twoFactor: true },
    });
  });
  return { token };
}
