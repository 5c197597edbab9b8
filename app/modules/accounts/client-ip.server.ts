import type { AppLoadContext } from "@remix-run/node";

/** Rate-limit key: the client address the server saw (behind a proxy only with TRUST_PROXY). */
export const clientKey = (context: AppLoadContext, what: string) => `${context.clientIp ?? "unknown"}:${what}`;
