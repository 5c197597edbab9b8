import type { PasswordLinkKind } from "~/generated/prisma/enums";
import { queueEmail } from "~/modules/notifications/outbox.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { createI18n } from "~/utils/i18n/i18n.server";
import { isLocale } from "~/utils/i18n/locales";
import { hashPassword } from "~/utils/password.server";
import { newToken, tokenDigest } from "~/utils/tokens.server";

const RESET_MINUTES = 60;

// One mechanism for every one-time way to set a password (PasswordReset rows): the emailed reset
// link (RESET) and the welcome of a home visit, by link or by phone + code (WELCOME, see
// welcome.server.ts). Only digests are stored; a link is found by one of them, spent once.

/** How a link is looked up: the digest of its token, or of a welcome code. */
export type LinkKey = { tokenHash: string } | { codeHash: string };
export type UsableLink = { id: string; userId: string; expiresAt: Date };

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

/** A link of this kind, if it exists, is unused and not expired; a link of the other kind is not found. */
export async function findUsableLink(
  db: Pick<Db, "passwordReset">,
  kind: PasswordLinkKind,
  key: LinkKey,
): Promise<UsableLink | null> {
  const link = await db.passwordReset.findUnique({
    where: key,
    select: { id: true, userId: true, kind: true, usedAt: true, expiresAt: true },
  });
  if (!link || link.kind !== kind || link.usedAt || link.expiresAt <= new Date()) return null;
  return { id: link.id, userId: link.userId, expiresAt: link.expiresAt };
}

/**
 * Sets the new password with a usable link: spends it (a conditional write, so two tabs or two
 * people cannot both use it), stores the hash, signs the account out everywhere and audits it.
 * False when the link was spent in the meantime; then nothing changed.
 */
export async function setPasswordWithLink(
  db: Db,
  link: UsableLink,
  password: string,
  record: { action: string; detail?: Record<string, string> },
): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const spent = await tx.passwordReset.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (spent.count !== 1) return false;
    await tx.user.update({ where: { id: link.userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: link.userId } });
    // An artisan onboarded at a home visit is ACTIVE (their public page exists) once the account is theirs.
    await tx.artisanProfile.updateMany({
      where: { userId: link.userId, status: "ONBOARDING" },
      data: { status: "ACTIVE" },
    });
    await audit(tx, {
      actorId: link.userId,
      action: record.action,
      entity: "User",
      entityId: link.userId,
      detail: record.detail,
    });
    return true;
  });
}

/** The reset behind a link, if it is unused and not expired. */
export function findValidReset(db: Db, token: string) {
  return findUsableLink(db, "RESET", { tokenHash: tokenDigest(token) });
}

/** Sets the new password, spends the link and signs the account out everywhere. */
export async function completePasswordReset(db: Db, token: string, password: string): Promise<boolean> {
  const reset = await findValidReset(db, token);
  if (!reset) return false;
  return setPasswordWithLink(db, reset, password, { action: "auth.password_reset" });
}
