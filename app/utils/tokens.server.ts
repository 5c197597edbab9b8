import { createHmac, randomBytes } from "node:crypto";
import { getEnv } from "~/utils/env.server";

/** An unguessable bearer token for a cookie or an emailed link. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * What the database keeps of a token: a keyed hash, so neither a leaked table nor a
 * leaked table plus a guess at the hash function lets anyone log in or reset a password.
 */
export function tokenDigest(token: string): string {
  return createHmac("sha256", getEnv().SESSION_SECRET).update(token).digest("base64url");
}
