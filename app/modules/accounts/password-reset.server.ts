import { queueEmail } from "~/modules/notifications/outbox.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { createI18n } from "~/utils/i18n/i18n.server";
import { isLocale } from "~/utils/i18n/locales";
import { hashPassword } from "~/utils/password.server";
import { newToken, tokenDigest } from "~/utils/tokens.server";

const RESET_MINUTES = 60;

/**
 * Emails a one-time link when an account has this address. The caller shows the same
 * answer either way, so the form does not reveal who has an account.
 */
export async function requestPasswordReset(db: Db, email: string, appUrl: string) {
  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, email: true, locale: true },
  });
  if (!user?.email) return;
  const token = newToken();
  const { t } = createI18n(isLocale(user.locale) ? user.locale : "uz");
  const link = new URL(`/reset-password/${token}`, appUrl).toString();
  await db.$transaction(async (tx) => {
    await tx.passwordReset.create({
      data: {
        userId: user.id,
        tokenHash: tokenDigest(token),
        expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
      },
    });
    await queueEmail(tx, {
      to: user.email!,
      subject: t("email.resetSubject"),
      text: t("email.resetBody", { link, minutes: RESET_MINUTES }),
    });
    await audit(tx, { actorId: null, action: "auth.reset_requested", entity: "User", entityId: user.id });
  });
}

/** The reset behind a link, if it is unused and not expired. */
export async function findValidReset(db: Db, token: string) {
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: tokenDigest(token) } });
  if (!reset || reset.usedAt || reset.expiresAt < new Date()) return null;
  return reset;
}

/** Sets the new password, spends the link and signs the account out everywhere. */
export async function completePasswordReset(db: Db, token: string, password: string): Promise<boolean> {
  const reset = await findValidReset(db, token);
  if (!reset) return false;
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const spent = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (spent.count !== 1) throw new Error("reset link already used");
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: reset.userId } });
    await audit(tx, { actorId: reset.userId, action: "auth.password_reset", entity: "User", entityId: reset.userId });
  });
  return true;
}
