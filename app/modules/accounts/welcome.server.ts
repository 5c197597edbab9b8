import { randomInt } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import type { Role } from "~/generated/prisma/enums";
import { queueEmail, queueSms } from "~/modules/notifications/outbox.server";
import { audit } from "~/utils/audit.server";
import type { Db, Tx } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { createI18n } from "~/utils/i18n/i18n.server";
import { DEFAULT_LOCALE, isLocale } from "~/utils/i18n/locales";
import type { Refusal } from "~/utils/result";
import { newToken, tokenDigest } from "~/utils/tokens.server";
import { countWelcomeCodeAttempt } from "./limits.server";
import { findUsableLink, setPasswordWithLink, type UsableLink } from "./password-reset.server";
import { formatWelcomeCode, normalizeWelcomeCode, WELCOME_CODE_ALPHABET, WELCOME_CODE_LENGTH } from "./welcome-code";

// The welcome of a home visit: a social worker gives a person (an artisan, or a helper) a way to
// choose their own password: a text message with a link and a code, or a printed sheet with the
// code and a QR code of the link. Set with the one mechanism of password-reset.server.ts.

export const WELCOME_HOURS = 72;

export type WelcomeVia = "sms" | "sheet";
/** What the printed sheet needs: the link's token and the code ("ABCD-2345"), shown once. */
export type IssuedWelcome = { token: string; code: string; expiresAt: Date };
export type WelcomedUser = { id: string; roles: Role[] };

/** The code bound to the phone it was issued for: the same code with another number finds nothing. */
const codeDigest = (phone: string, code: string) => tokenDigest(`welcome-code:${phone}:${code}`);

function newWelcomeCode(): string {
  return Array.from(
    { length: WELCOME_CODE_LENGTH },
    () => WELCOME_CODE_ALPHABET[randomInt(WELCOME_CODE_ALPHABET.length)],
  ).join("");
}

/** The page a welcome link opens, and the page where the code is typed. */
export const welcomeLink = (appUrl: string, token: string) => new URL(`/welcome/${token}`, appUrl).toString();
export const welcomePage = (appUrl: string) => new URL("/welcome", appUrl).toString();

/**
 * A new welcome for an account with a phone number, valid 72 hours: a long token for the link and
 * an 8-character code for phone + code. Earlier unused welcomes of the account are spent, so only
 * the newest sheet or text works. Via SMS the link and code are texted in the account's language;
 * either way they are returned (only their digests are stored), never written to the audit.
 */
export async function issueWelcome(
  tx: Tx,
  input: { userId: string; issuedById: string; via: WelcomeVia; appUrl: string },
): Promise<IssuedWelcome> {
  const { user, token, code, expiresAt } = await newWelcomeRow(tx, input.userId);
  if (!user.phone || !code) throw new Error("a welcome needs an account with a phone number");
  if (input.via === "sms") {
    const { t, locale } = accountI18n(user.locale);
    const text = t("welcome.sms", {
      link: welcomeLink(input.appUrl, token),
      code: formatWelcomeCode(code),
      page: welcomePage(input.appUrl),
      until: formatDateTime(expiresAt, locale),
    });
    await queueSms(tx, { to: user.phone, text });
  }
  await auditIssued(tx, input, input.via);
  return { token, code: formatWelcomeCode(code), expiresAt };
}

/**
 * A staff account's welcome (made in the console): the link goes by email when the account has an
 * address, otherwise by SMS with the code as well. Says which way it went; the token is never returned.
 */
export async function sendStaffWelcome(
  tx: Tx,
  input: { userId: string; issuedById: string; appUrl: string },
): Promise<{ via: "email" | "sms" }> {
  const account = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { email: true } });
  if (!account.email) {
    await issueWelcome(tx, { ...input, via: "sms" });
    return { via: "sms" };
  }
  const { user, token, expiresAt } = await newWelcomeRow(tx, input.userId);
  const { t, locale } = accountI18n(user.locale);
  await queueEmail(tx, {
    to: account.email,
    subject: t("welcome.email.subject"),
    text: t("welcome.email.body", {
      link: welcomeLink(input.appUrl, token),
      until: formatDateTime(expiresAt, locale),
    }),
  });
  await auditIssued(tx, input, "email");
  return { via: "email" };
}

const accountI18n = (stored: string) => {
  const locale = isLocale(stored) ? stored : DEFAULT_LOCALE;
  return { t: createI18n(locale).t, locale };
};

/**
 * The one maker of welcome rows, valid 72 hours: a long token for the link and, for an account with
 * a phone, an 8-character code bound to it. Earlier unused welcomes of the account are spent, so
 * only the newest works. Only digests are stored.
 */
async function newWelcomeRow(tx: Tx, userId: string) {
  // The account's row locked: two welcomes at once cannot both stay usable.
  await tx.$executeRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { phone: true, locale: true } });
  const now = new Date();
  await tx.passwordReset.updateMany({
    where: { userId, kind: "WELCOME", usedAt: null },
    data: { usedAt: now },
  });
  const token = newToken();
  const code = user.phone ? newWelcomeCode() : null;
  const expiresAt = new Date(now.getTime() + WELCOME_HOURS * 60 * 60_000);
  await tx.passwordReset.create({
    data: {
      kind: "WELCOME",
      userId,
      tokenHash: tokenDigest(token),
      codeHash: user.phone && code ? codeDigest(user.phone, code) : null,
      expiresAt,
    },
  });
  return { user, token, code, expiresAt };
}

/** Who issued a welcome for whom and how; never the token or the code. */
const auditIssued = (tx: Tx, input: { userId: string; issuedById: string }, via: WelcomeVia | "email") =>
  audit(tx, {
    actorId: input.issuedById,
    action: "auth.welcome_issued",
    entity: "User",
    entityId: input.userId,
    detail: { via },
  });

/** The welcome behind a link, if it is unused and not expired. */
export function findWelcomeLink(db: Db, token: string) {
  return findUsableLink(db, "WELCOME", { tokenHash: tokenDigest(token) });
}

/** Sets the password with a usable welcome (not for a disabled account) and says whom to sign in. */
async function finishWelcome(
  db: Db,
  link: UsableLink,
  password: string,
  via: "link" | "code",
): Promise<WelcomedUser | null> {
  const user = await db.user.findUnique({
    where: { id: link.userId },
    select: { id: true, roles: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  const done = await setPasswordWithLink(db, link, password, { action: "auth.welcome_used", detail: { via } });
  return done ? { id: user.id, roles: user.roles } : null;
}

/** /welcome/<token>: the new password; refused when the link is unknown, spent or expired. */
export async function setPasswordFromWelcomeLink(
  db: Db,
  token: string,
  password: string,
): Promise<{ ok: true; user: WelcomedUser } | Refusal<"invalid">> {
  const link = await findWelcomeLink(db, token);
  const user = link ? await finishWelcome(db, link, password, "link") : null;
  return user ? { ok: true, user } : { ok: false, reason: "invalid" };
}

/**
 * /welcome: phone + code + the new password. Rate-limited (countWelcomeCodeAttempt); a wrong
 * phone, a wrong, spent or expired code all get the same answer, "wrong".
 */
export async function setPasswordWithCode(
  db: Db,
  context: AppLoadContext,
  input: { phone: string; code: string },
  password: string,
): Promise<{ ok: true; user: WelcomedUser } | Refusal<"tooManyAttempts", { retryAfterMs: number }> | Refusal<"wrong">> {
  const attempt = await countWelcomeCodeAttempt(db, context, input.phone);
  if (!attempt.allowed) return { ok: false, reason: "tooManyAttempts", retryAfterMs: attempt.retryAfterMs };
  const code = normalizeWelcomeCode(input.code);
  const link = code ? await findUsableLink(db, "WELCOME", { codeHash: codeDigest(input.phone, code) }) : null;
  // The digest binds the code to the phone it was issued for; the account must still have that phone.
  const owner = link
    ? await db.user.findFirst({ where: { id: link.userId, phone: input.phone }, select: { id: true } })
    : null;
  const user = link && owner ? await finishWelcome(db, link, password, "code") : null;
  if (!user) return { ok: false, reason: "wrong" };
  await attempt.forgive();
  return { ok: true, user };
}

/** Where a person lands once signed in from a welcome: an artisan's studio, a helper's list of people. */
export function welcomeDestination(roles: readonly Role[]): string {
  if (roles.includes("ARTISAN")) return "/studio";
  if (roles.includes("HELPER")) return "/assist";
  return "/account";
}

// What shows that a person has chosen a password themselves: they signed up, signed in, reset it
// or used a welcome. (A spent welcome row alone does not: a newer welcome spends the older ones.)
const PASSWORD_CHOSEN = [
  "account.signup",
  "auth.login",
  "auth.password_ok",
  "auth.password_reset",
  "auth.welcome_used",
];

/** Of these accounts, those whose owner has chosen a password (see PASSWORD_CHOSEN). */
export async function accountsWithPassword(db: Pick<Db, "auditLog">, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db.auditLog.findMany({
    where: { entity: "User", entityId: { in: userIds }, action: { in: PASSWORD_CHOSEN } },
    distinct: ["entityId"],
    select: { entityId: true },
  });
  return new Set(rows.map((row) => row.entityId!));
}

/** When the account's newest usable welcome ends, or null when none is usable. */
export async function pendingWelcomeUntil(db: Pick<Db, "passwordReset">, userId: string): Promise<Date | null> {
  const link = await db.passwordReset.findFirst({
    where: { userId, kind: "WELCOME", usedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { expiresAt: "desc" },
    select: { expiresAt: true },
  });
  return link?.expiresAt ?? null;
}
