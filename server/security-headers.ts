import { randomBytes } from "node:crypto";
import type { RequestHandler } from "express";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      /** Per-request CSP nonce; pass it to <Scripts>, <ScrollRestoration> and <RemixServer>. */
      cspNonce: string;
    }
  }
}

export type SecurityHeadersOptions = {
  isDev: boolean;
  /** Extra origins forms may post or redirect to, e.g. "https://checkout.stripe.com". */
  formActionOrigins?: string[];
  /** Extra origins images load from, e.g. the UploadThing CDN "https://<appId>.ufs.sh". */
  imageOrigins?: string[];
  /** Served over HTTPS (APP_URL is https): only then HSTS and upgrade-insecure-requests. Default: !isDev. */
  https?: boolean;
};

/**
 * script-src is 'self' + nonce, deliberately WITHOUT 'strict-dynamic': Remix 2 renders its
 * <link rel="modulepreload"> tags without the nonce, and under 'strict-dynamic' browsers ignore
 * 'self' and block them. Same-origin files stay allowed; injected inline script does not run.
 * Vite dev needs neither 'unsafe-eval' nor inline scripts (Remix nonces its own), but it does
 * need inline <style> (critical CSS, HMR style updates) and its HMR WebSocket.
 */
export function contentSecurityPolicy(
  nonce: string,
  { isDev, formActionOrigins = [], imageOrigins = [], https = !isDev }: SecurityHeadersOptions,
) {
  const directives: Array<[string, ...string[]] | false> = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`],
    // Production CSS is a <link>ed file; note that this also blocks SSR-rendered style="…" attributes.
    ["style-src", "'self'", ...(isDev ? ["'unsafe-inline'"] : [])],
    // style="" attributes only (an image's blurred placeholder); <style> elements stay blocked.
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", ...imageOrigins],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(isDev ? ["ws:", "wss:"] : [])],
    // Chrome also applies form-action to redirects after a POST, hence the payment origins here.
    ["form-action", "'self'", ...formActionOrigins],
    ["frame-ancestors", "'none'"],
    ["base-uri", "'self'"],
    ["object-src", "'none'"],
    https && ["upgrade-insecure-requests"],
  ];
  return directives
    .filter((directive) => directive !== false)
    .map((directive) => directive.join(" "))
    .join("; ");
}

/** Reduces configuration to a bare origin, so it cannot smuggle "; script-src *" into the policy. */
function bareOrigin(value: string): string {
  const { origin } = new URL(value);
  if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?$/.test(origin)) throw new Error(`not an http(s) origin: ${value}`);
  return origin;
}

export function securityHeaders({
  isDev,
  formActionOrigins = [],
  imageOrigins = [],
  https = !isDev,
}: SecurityHeadersOptions): RequestHandler {
  const options = {
    isDev,
    https,
    formActionOrigins: formActionOrigins.map(bareOrigin),
    imageOrigins: imageOrigins.map(bareOrigin),
  };
  const fixed: Record<string, string> = {
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // camera for artisans photographing their goods; nothing needs location or microphone.
    "Permissions-Policy": "camera=(self), geolocation=(), microphone=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Only over HTTPS: a browser remembering HSTS for http://localhost breaks other local apps.
    ...(!https ? {} : { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" }),
  };
  return (_req, res, next) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.removeHeader("X-Powered-By");
    res.set(fixed);
    res.set("Content-Security-Policy", contentSecurityPolicy(nonce, options));
    next();
  };
}
