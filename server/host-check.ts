import type { Request, RequestHandler } from "express";

// A browser sends the Host it was told to reach. A page of evil.example whose name was re-pointed
// at this server (DNS rebinding) arrives with "Host: evil.example" and a matching Origin, so the
// origin check alone would let it act as us. Only the hosts we serve are answered.

export type HostCheckOptions = {
  /** APP_URL, whose host is always served. */
  appUrl: string;
  /** Local mode: also localhost, 127.0.0.1 and [::1] on the app's port. */
  local: boolean;
  port: number;
  /** Exact paths answered for any host (health checks of a load balancer ask by IP). */
  exemptPaths: string[];
};

export function servedHosts({ appUrl, local, port }: Pick<HostCheckOptions, "appUrl" | "local" | "port">): Set<string> {
  const hosts = new Set([new URL(appUrl).host]);
  if (local) for (const name of ["localhost", "127.0.0.1", "[::1]"]) hosts.add(`${name}:${port}`);
  return hosts;
}

/** The host the client asked for, normalised like URL.host (lower case, no default port). */
function askedHost(req: Request): string | null {
  // Behind a trusted proxy (TRUST_PROXY) the proxy's X-Forwarded-Host says what the browser asked.
  const forwarded = req.app.get("trust proxy fn")(req.socket.remoteAddress, 0)
    ? req.get("x-forwarded-host")
    : undefined;
  const value = (forwarded ?? req.get("host") ?? "").split(",")[0]!.trim();
  if (!value || /[\s/\\?#@]/.test(value)) return null;
  try {
    return new URL(`${req.protocol}://${value}`).host;
  } catch {
    return null;
  }
}

export function hostCheck(options: HostCheckOptions): RequestHandler {
  const hosts = servedHosts(options);
  const exempt = new Set(options.exemptPaths);
  return (req, res, next) => {
    const host = askedHost(req);
    if ((host !== null && hosts.has(host)) || exempt.has(req.path)) return next();
    // 421: this server is not the one for that name. The name is not echoed back.
    res.status(421).type("text/plain").send("Misdirected request: this server does not serve that host name.");
  };
}
