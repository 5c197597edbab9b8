import { getEnv } from "~/utils/env.server";

/** An httpOnly, SameSite=Lax cookie: scripts never need these, and Lax keeps cross-site posts out. */
export function privateCookie(name: string, value: string, maxAgeSeconds: number): string {
  const secure = getEnv().NODE_ENV === "production" ? "; Secure" : "";
  return `${name}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}
