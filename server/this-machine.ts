import type { Request, RequestHandler } from "express";

// The local outbox pages (/dev/…) show password-reset links: reading one takes over an account.
// They answer only a browser on this machine: a loopback peer that no proxy forwarded.

const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-real-ip"];

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return address === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** The request came straight from this machine (the socket's peer, never a header, decides). */
export function fromThisMachine(req: Request): boolean {
  return (
    isLoopbackAddress(req.socket.remoteAddress) && FORWARDING_HEADERS.every((name) => req.headers[name] === undefined)
  );
}

/** For the /dev pages: outside local mode, or for anyone not on this machine, they do not exist. */
export function thisMachineOnly(local: boolean): RequestHandler {
  return (req, res, next) => {
    if (local && fromThisMachine(req)) return next();
    res.status(404).type("text/plain").send("Not found");
  };
}
