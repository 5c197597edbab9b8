import type { AppLoadContext } from "@remix-run/node";
import { notFound } from "~/utils/http.server";

/**
 * Local mode: the app runs on its own embedded database (no DATABASE_URL was given), i.e. on a
 * developer's or evaluator's machine. Only then do /dev pages (the mail outbox) exist, so a real
 * deployment never exposes them. The server sets the flag when it starts the embedded database.
 */
export function isLocalMode(): boolean {
  return process.env.HUNARMAND_LOCAL_MODE === "1" || process.env.NODE_ENV === "test";
}

/**
 * The local outboxes (/dev/mail, and SMS later) show one-time links that take over accounts: they
 * exist only in local mode and only for a browser on this machine. The server refuses /dev for
 * anyone else before Remix runs; every outbox loader asks again, so no route can forget.
 */
export function requireLocalOutbox(context: AppLoadContext): void {
  if (!isLocalMode() || context.fromThisMachine !== true) notFound();
}
