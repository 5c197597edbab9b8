// In-memory sliding-window rate limiter (for login, 2FA, password reset, sending codes…).
//
// PER PROCESS: counts live in this process's memory, so with N server processes an attacker gets
// N × max attempts, and a restart forgets everything. That is acceptable for a single instance;
// running several needs a shared store (e.g. a PostgreSQL table) behind the same interface.

export type RateLimitResult = { allowed: boolean; retryAfterMs: number };

export type RateLimiter = {
  /** Records an attempt for `key` (e.g. "login:" + ip) when allowed; refused attempts are not counted. */
  hit(key: string): RateLimitResult;
  /** Forgets `key`, e.g. after a successful login. */
  reset(key: string): void;
  /** Number of keys currently tracked (for monitoring and tests). */
  size(): number;
  /** Stops the cleanup timer. */
  dispose(): void;
};

export type RateLimiterOptions = {
  windowMs: number;
  max: number;
  /** Injectable clock for tests. */
  now?: () => number;
  cleanupIntervalMs?: number;
};

export function createRateLimiter({
  windowMs,
  max,
  now = Date.now,
  cleanupIntervalMs = Math.max(windowMs, 10_000),
}: RateLimiterOptions): RateLimiter {
  if (!(windowMs > 0) || !Number.isInteger(max) || max < 1) {
    throw new Error("rate limiter needs windowMs > 0 and an integer max >= 1");
  }
  // Timestamps of the allowed hits inside the window, oldest first; never longer than `max`.
  const hits = new Map<string, number[]>();

  function recent(key: string, at: number): number[] {
    const stamps = (hits.get(key) ?? []).filter((stamp) => stamp > at - windowMs);
    if (stamps.length > 0) hits.set(key, stamps);
    else hits.delete(key);
    return stamps;
  }

  // Without cleanup, keys that are never hit again (one-off IPs) would pile up forever.
  const timer = setInterval(() => {
    const at = now();
    for (const key of hits.keys()) recent(key, at);
  }, cleanupIntervalMs);
  timer.unref(); // must not keep the process (or a test run) alive

  return {
    hit(key) {
      const at = now();
      const stamps = recent(key, at);
      if (stamps.length >= max) {
        return { allowed: false, retryAfterMs: stamps[0]! + windowMs - at };
      }
      hits.set(key, [...stamps, at]);
      return { allowed: true, retryAfterMs: 0 };
    },
    reset: (key) => void hits.delete(key),
    size: () => hits.size,
    dispose: () => clearInterval(timer),
  };
}
