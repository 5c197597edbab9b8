import { redirect } from "@remix-run/node";
import { getDb } from "~/utils/db.server";
import { forbidden } from "~/utils/http.server";
import { can, needsTwoFactor, type Permission } from "~/utils/permissions";
import { findSession, type ActiveSession } from "~/utils/session.server";

/** The person signed in; `actingForArtisanId` is the artisan they chose to act for (assisted mode), if any. */
export type CurrentUser = ActiveSession["user"] & { sessionId: string; actingForArtisanId: string | null };

const currentUser = (session: ActiveSession): CurrentUser => ({
  ...session.user,
  sessionId: session.id,
  actingForArtisanId: session.actingForArtisanId,
});

function hereOf(request: Request) {
  const url = new URL(request.url);
  return encodeURIComponent(url.pathname + url.search);
}

/** The signed-in person, or null. A staff session still waiting for its TOTP code counts as signed out. */
export async function getUser(request: Request): Promise<CurrentUser | null> {
  const session = await findSession(getDb(), request);
  if (!session) return null;
  if (needsTwoFactor(session.user.roles) && !session.twoFactorPassedAt) return null;
  return currentUser(session);
}

export async function requireUser(request: Request): Promise<CurrentUser> {
  const session = await findSession(getDb(), request);
  if (!session) throw redirect(`/login?redirectTo=${hereOf(request)}`);
  if (needsTwoFactor(session.user.roles) && !session.twoFactorPassedAt) {
    throw redirect(`/login/two-factor?redirectTo=${hereOf(request)}`);
  }
  return currentUser(session);
}

export async function requirePermission(request: Request, permission: Permission): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!can(user.roles, permission)) forbidden();
  return user;
}
