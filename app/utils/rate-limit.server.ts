import type { Db } from "~/utils/db.server";

// Rate limits (login, two-factor, password reset, sign-up) shared by every app process: the counts
// live in PostgreSQL (model RateLimitCounter), one row per key. A key's window is fixed: it starts
// with the first attempt and ends windowMs later, when the count starts again from zero.

export type Limit = { key: string; max: number; windowMs: number };
export type CountedWindow = { key: string; count: number; resetAt: Date };
export type Attempt = { allowed: boolean; retryAfterMs: number; windows: CountedWindow[] };

/** About one attempt in this many also deletes ended windows, so no other service is needed. */
const CLEANUP_EVERY = 100;

/**
 * Counts one attempt against every limit; allowed only if every key is still within its max.
 * A refused attempt is given back, so hammering a refused key does not use up the others (an
 * address's ceiling, say) and the wait ends when the window does. Until it is given back, the extra
 * count can only refuse another attempt, never let one through.
 */
export async function countAttempt(db: Db, limits: Limit[], now = new Date()): Promise<Attempt> {
  const byKey = new Map(limits.map((limit) => [limit.key, limit]));
  for (const { max, windowMs } of byKey.values()) {
    if (!(windowMs > 0) || !Number.isInteger(max) || max < 1)
      throw new Error("a limit needs windowMs > 0 and an integer max >= 1");
  }
  // Keys in sorted order: two attempts sharing keys lock their rows in the same order (no deadlock).
  const keys = [...byKey.keys()].sort();
  // One statement. ON CONFLICT … DO UPDATE waits for a row another process is counting and adds to
  // its newest count, so concurrent attempts get distinct counts and at most `max` fit the limit.
  const windows = await db.$queryRaw<CountedWindow[]>`
    INSERT INTO "RateLimitCounter" AS c ("key", "count", "resetAt")
    SELECT w.key, 1, ${now}::timestamp + make_interval(secs => w.ms / 1000)
    FROM unnest(${keys}::text[], ${keys.map((key) => byKey.get(key)!.windowMs)}::float8[]) WITH ORDINALITY AS w(key, ms, n)
    ORDER BY w.n
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN c."resetAt" <= ${now}::timestamp THEN 1 ELSE c."count" + 1 END,
      "resetAt" = CASE WHEN c."resetAt" <= ${now}::timestamp THEN excluded."resetAt" ELSE c."resetAt" END
    RETURNING "key", "count", "resetAt"`;
  const blocked = windows.filter((window) => window.count > byKey.get(window.key)!.max);
  // Allowed again once every blocking window has ended: the latest of them.
  const retryAfterMs = Math.max(0, ...blocked.map((window) => window.resetAt.getTime() - now.getTime()));
  const attempt = { allowed: blocked.length === 0, retryAfterMs, windows };
  if (!attempt.allowed) await forgiveAttempt(db, attempt);
  if (Math.floor(Math.random() * CLEANUP_EVERY) === 0) await deleteEndedWindows(db, now);
  return attempt;
}

/**
 * Takes an attempt back: the keys in `forget` start over (e.g. address + account after the right
 * password), every other key gets its one hit back in the window that counted it.
 */
export async function forgiveAttempt(db: Db, attempt: Attempt, forget: string[] = []): Promise<void> {
  // One row per statement, so a statement never holds one row's lock while waiting for another's.
  for (const { key, resetAt } of attempt.windows) {
    if (forget.includes(key)) await db.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "key" = ${key}`;
    else {
      await db.$executeRaw`
        UPDATE "RateLimitCounter" SET "count" = "count" - 1
        WHERE "key" = ${key} AND "resetAt" = ${resetAt}::timestamp AND "count" > 0`;
    }
  }
}

/** Deletes rows whose window has ended (they count nothing any more), at most `batch` at a time. */
export async function deleteEndedWindows(db: Db, now = new Date(), batch = 1000): Promise<number> {
  // SKIP LOCKED: never waits for a row an attempt is counting, so it cannot deadlock with one.
  return db.$executeRaw`
    DELETE FROM "RateLimitCounter" WHERE "key" IN (
      SELECT "key" FROM "RateLimitCounter" WHERE "resetAt" <= ${now}::timestamp
      LIMIT ${batch} FOR UPDATE SKIP LOCKED)`;
}
