import type { Request, RequestHandler } from "express";

// CSRF defence for every state-changing request: the browser tells us where a request came from,
// and we refuse the ones that came from another site. It complements SameSite session cookies.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginCheckOptions = {
  /** Origins besides the request's own, e.g. APP_URL when a proxy rewrites Host or protocol. */
  allowedOrigins: string[];
  /** Exact paths (as in req.path) that verify requests another way, e.g. "/webhooks/stripe". */
  exemptPaths: string[];
};

/** The origin of a URL-ish header value, or null for "null", junk and opaque origins. */
function originOf(value: string): string | null {
  try {
    const { origin } = new URL(value);
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Order of evidence: Origin (sent by all current browsers on non-GET requests), then
 * Sec-Fetch-Site, then Referer for old browsers. A request carrying none of them did not come
 * from a browser form or script of another site (browsers add at least one), so it cannot ride
 * a visitor's cookies; curl, health checks and server-to-server calls look like that and pass.
 */
function cameFromUs(req: Request, trusted: (origin: string | null) => boolean): boolean {
  const origin = req.get("origin");
  if (origin !== undefined) return trusted(originOf(origin));
  const site = req.get("sec-fetch-site");
  // "same-site" is refused on purpose: a sibling subdomain is not necessarily ours.
  if (site !== undefined) return site === "same-origin" || site === "none";
  const referer = req.get("referer");
  if (referer !== undefined) return trusted(originOf(referer));
  return true;
}

export function originCheck({ allowedOrigins, exemptPaths }: OriginCheckOptions): RequestHandler {
  const allowed = new Set(allowedOrigins.map((value) => originOf(value) ?? failConfig(`not an origin: ${value}`)));
  const exempt = new Set(exemptPaths);
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || exempt.has(req.path)) return next();
    // req.protocol honours X-Forwarded-Proto only when Express's "trust proxy" is set.
    const own = originOf(`${req.protocol}://${req.get("host") ?? ""}`);
    const trusted = (candidate: string | null) => candidate !== null && (candidate === own || allowed.has(candidate));
    if (cameFromUs(req, trusted)) return next();
    res.status(403).type("text/plain").send("Forbidden: cross-origin request");
  };
}

function failConfig(message: string): never {
  throw new Error(`originCheck: ${message}`);
}
