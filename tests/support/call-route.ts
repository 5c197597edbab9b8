import type { Db } from "~/utils/db.server";
import { createSession } from "~/utils/session.server";

// Calling a route's loader or action as Remix does, for the page tests of the modules: a Request with the
// cookie and (for a POST) the form, and the answer read back as status, redirect, cookie and data.
type Args = { request: Request; params: Record<string, string>; context: object };
export type RouteModule = { loader?: (args: Args) => unknown; action?: (args: Args) => unknown };
export type Answer = { status: number; location?: string | null; setCookie?: string | null; body?: unknown };

export async function callRoute(
  module: RouteModule,
  input: {
    cookie: string | null;
    path: string;
    form?: URLSearchParams | Record<string, string>;
    params?: Record<string, string>;
  },
): Promise<Answer> {
  const headers = new Headers(input.cookie ? { Cookie: input.cookie } : {});
  const init: RequestInit = { method: input.form ? "POST" : "GET", headers };
  if (input.form) {
    headers.set("Content-Type", "application/x-www-form-urlencoded");
    init.body = new URLSearchParams(input.form).toString();
  }
  const handler = input.form ? module.action : module.loader;
  const args = { request: new Request(`http://localhost${input.path}`, init), params: input.params ?? {}, context: {} };
  try {
    const result = await handler!(args);
    if (result instanceof Response)
      return {
        status: result.status,
        location: result.headers.get("Location"),
        setCookie: result.headers.get("Set-Cookie"),
      };
    const wrapped = result as { type?: string; data?: unknown; init?: { status?: number } };
    if (wrapped?.type === "DataWithResponseInit") return { status: wrapped.init?.status ?? 200, body: wrapped.data };
    return { status: 200, body: result };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, location: thrown.headers.get("Location") };
    throw thrown;
  }
}

/** The session cookie a Set-Cookie header sets, as the browser sends it back. */
export const cookieFrom = (setCookie: string | null | undefined) => setCookie?.match(/hm_session=[^;]*/)?.[0] ?? null;

/** A session for the user, two-step passed, as the cookie the browser would send. */
export async function signedInCookie(db: Db, userId: string): Promise<string> {
  const { token } = await createSession(db, userId, { twoFactorPassed: true });
  return `hm_session=${encodeURIComponent(token)}`;
}
