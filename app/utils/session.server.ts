import type { Db } from "~/utils/db.server";
import { readCookie } from "~/utils/cookies";
import { privateCookie } from "~/utils/cookies.server";
import { newToken, tokenDigest } from "~/utils/tokens.server";

export const SESSION_COOKIE = "hm_session";
const SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function sessionCookie(token: string, maxAgeSeconds = (SESSION_DAYS * DAY_MS) / 1000): string {
  return privateCookie(SESSION_COOKIE, token, maxAgeSeconds);
}

export const clearSessionCookie = () => sessionCookie("", 0);

export async function createSession(
  db: Db,
  userId: string,
  options: { twoFactorPassed: boolean; userAgent?: string | null },
) {
  const token = newToken();
  const session = await db.session.create({
    data: {
      userId,
      tokenHash: tokenDigest(token),
      expiresAt: new Date(Date.now() + SESSION_DAYS * DAY_MS),
      twoFactorPassedAt: options.twoFactorPassed ? new Date() : null,
      userAgent: options.userAgent?.slice(0, 200) ?? null,
    },
  });
  return { token, session };
}

const sessionUser = {
  select: {
    id: true,
    name: true,
    email: true,
    phone: true,
    roles: true,
    socialWorkerLevel: true,
    locale: true,
    totpEnabledAt: true,
    disabledAt: true,
  },
} as const;

/**
 * The live session behind the request's cookie, with its user; null when absent, expired or revoked,
 * or when the account is deactivated (its sessions are deleted then too; this holds even if one slipped by).
 */
export async function findSession(db: Db, request: Request) {
  const token = readCookie(request, SESSION_COOKIE);
  if (!token) return null;
  const session = await db.session.findUnique({
    where: { tokenHash: tokenDigest(token) },
    include: { user: sessionUser },
  });
  if (!session || session.expiresAt < new Date() || session.user.disabledAt) return null;
  return session;
}

export type ActiveSession = NonNullable<Awaited<ReturnType<typeof findSession>>>;

export async function revokeSession(db: Db, sessionId: string) {
  await db.session.deleteMany({ where: { id: sessionId } });
}

export async function revokeAllSessions(db: Db, userId: string) {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}
