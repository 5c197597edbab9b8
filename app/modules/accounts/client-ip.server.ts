import type { AppLoadContext } from "@remix-run/node";

/** The client address the server saw (behind a proxy only with TRUST_PROXY), for rate limits. */
export const clientIp = (context: AppLoadContext) => context.clientIp || "unknown";
