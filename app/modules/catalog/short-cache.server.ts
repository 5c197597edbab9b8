// A value from the database remembered in this process for a few seconds (ADR 006): for what
// catalog pages show that no buyer decision rests on — how many listings each craft has, the list
// of regions, which listings a search found. Never for price or stock. Concurrent misses share one
// query; a failed load is not remembered.

export type ShortCache<K, V> = { get(key: K): Promise<V>; clear(): void };

type Options = { maxEntries?: number; now?: () => number };

/** Remembers load(key) for ttlMs; beyond maxEntries keys the oldest is forgotten first. */
export function shortCache<K, V>(ttlMs: number, load: (key: K) => Promise<V>, options: Options = {}): ShortCache<K, V> {
  const { maxEntries = Infinity, now = Date.now } = options;
  const entries = new Map<K, { until: number; value: Promise<V> }>();
  return {
    get(key) {
      const hit = entries.get(key);
      if (hit && hit.until > now()) return hit.value;
      const value = load(key);
      entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as K);
      entries.set(key, { until: now() + ttlMs, value });
      value.catch(() => entries.delete(key));
      return value;
    },
    clear: () => entries.clear(),
  };
}
