// A value from the database remembered in this process for a few seconds (ADR 006): for figures
// every catalog page shows but no buyer decision rests on — how many listings each craft has, the
// list of regions. Never for price or stock. Concurrent misses share one query; a failed load is
// not remembered.

export type ShortCache<K, V> = { get(key: K): Promise<V>; clear(): void };

export function shortCache<K, V>(ttlMs: number, load: (key: K) => Promise<V>, now: () => number = Date.now): ShortCache<K, V> {
  const entries = new Map<K, { until: number; value: Promise<V> }>();
  return {
    get(key) {
      const hit = entries.get(key);
      if (hit && hit.until > now()) return hit.value;
      const value = load(key);
      entries.set(key, { until: now() + ttlMs, value });
      value.catch(() => entries.delete(key));
      return value;
    },
    clear: () => entries.clear(),
  };
}
