/**
 * Local mode: the app runs on its own embedded database (no DATABASE_URL was given), i.e. on a
 * developer's or evaluator's machine. Only then do /dev pages (the mail outbox) exist, so a real
 * deployment never exposes them. The server sets the flag when it starts the embedded database.
 */
export function isLocalMode(): boolean {
  return process.env.HUNARMAND_LOCAL_MODE === "1" || process.env.NODE_ENV === "test";
}
