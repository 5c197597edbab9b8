import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createRateLimiter, type RateLimiter } from "./rate-limit.server";

let time = 0;
const now = () => time;
const limiters: RateLimiter[] = [];

function limiter(windowMs: number, max: number, cleanupIntervalMs?: number): RateLimiter {
  const created = createRateLimiter({ windowMs, max, now, cleanupIntervalMs });
  limiters.push(created);
  return created;
}

afterEach(() => {
  limiters.splice(0).forEach((created) => created.dispose());
  vi.useRealTimers();
  time = 0;
});

describe("createRateLimiter", () => {
  it("allows max hits per window, then refuses with the time until a slot frees", () => {
    const limit = limiter(60_000, 3);
    for (const at of [0, 10_000, 20_000]) {
      time = at;
      expect(limit.hit("login:1.2.3.4")).toEqual({ allowed: true, retryAfterMs: 0 });
    }
    time = 30_000;
    expect(limit.hit("login:1.2.3.4")).toEqual({ allowed: false, retryAfterMs: 30_000 });
  });

  it("slides: the oldest hit leaving the window frees exactly one slot", () => {
    const limit = limiter(60_000, 2);
    time = 0;
    limit.hit("k");
    time = 30_000;
    limit.hit("k");
    time = 60_001;
    expect(limit.hit("k").allowed).toBe(true);
    expect(limit.hit("k")).toEqual({ allowed: false, retryAfterMs: 29_999 });
  });

  it("does not count refused attempts, so hammering does not extend the wait", () => {
    const limit = limiter(1_000, 1);
    limit.hit("k");
    for (let i = 0; i < 10; i++) limit.hit("k");
    time = 1_000;
    expect(limit.hit("k").allowed).toBe(true);
  });

  it("keeps keys apart and forgets a key on reset", () => {
    const limit = limiter(1_000, 1);
    limit.hit("a");
    expect(limit.hit("b").allowed).toBe(true);
    expect(limit.hit("a").allowed).toBe(false);
    limit.reset("a");
    expect(limit.hit("a").allowed).toBe(true);
  });

  it("periodically drops keys whose hits have all expired", () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const limit = limiter(1_000, 5, 5_000);
    limit.hit("a");
    limit.hit("b");
    time = 2_000;
    limit.hit("c");
    expect(limit.size()).toBe(3);
    vi.advanceTimersByTime(5_000);
    expect(limit.size()).toBe(1);
  });

  it("rejects nonsensical options", () => {
    expect(() => createRateLimiter({ windowMs: 0, max: 1 })).toThrow(/windowMs/);
    expect(() => createRateLimiter({ windowMs: 1_000, max: 0.5 })).toThrow(/max/);
  });

  it("does not keep the process alive", async () => {
    const modulePath = fileURLToPath(new URL("./rate-limit.server.ts", import.meta.url));
    const script = `import(${JSON.stringify(modulePath)}).then((m) => { m.createRateLimiter({ windowMs: 600000, max: 1 }); })`;
    const run = promisify(execFile)(process.execPath, ["--import", "tsx", "-e", script], { timeout: 8_000 });
    await expect(run).resolves.toBeDefined();
  }, 10_000);
});
