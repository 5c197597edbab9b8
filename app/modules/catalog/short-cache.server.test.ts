import { describe, expect, it } from "vitest";
import { shortCache } from "./short-cache.server";

function counter() {
  let now = 0;
  let loads = 0;
  const cache = shortCache(60_000, async (key: string) => `${key}${++loads}`, { now: () => now, maxEntries: 2 });
  return { cache, advance: (ms: number) => (now += ms), loads: () => loads };
}

describe("shortCache", () => {
  it("answers from memory within the TTL and loads again after it", async () => {
    const { cache, advance } = counter();
    expect(await cache.get("a")).toBe("a1");
    advance(59_999);
    expect(await cache.get("a")).toBe("a1");
    advance(1);
    expect(await cache.get("a")).toBe("a2");
  });

  it("keeps keys apart, shares one load between concurrent misses, and forgets on clear()", async () => {
    const { cache, loads } = counter();
    expect(await Promise.all([cache.get("a"), cache.get("a"), cache.get("b")])).toEqual(["a1", "a1", "b2"]);
    expect(loads()).toBe(2);
    cache.clear();
    expect(await cache.get("a")).toBe("a3");
  });

  it("forgets the oldest key beyond maxEntries", async () => {
    const { cache } = counter();
    await cache.get("a");
    await cache.get("b");
    await cache.get("c");
    expect(await cache.get("b")).toBe("b2");
    expect(await cache.get("a")).toBe("a4");
  });

  it("does not remember a failed load", async () => {
    let fail = true;
    const cache = shortCache(60_000, async () => {
      if (fail) throw new Error("database away");
      return "ok";
    });
    await expect(cache.get("k")).rejects.toThrow("database away");
    fail = false;
    expect(await cache.get("k")).toBe("ok");
  });
});
