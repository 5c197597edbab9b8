import type { Db } from "~/utils/db.server";
import type { CatalogQuery } from "./catalog-query";
import { findPage, type FindPage, type Page } from "./search.server";
import { shortCache, type ShortCache } from "./short-cache.server";

// Ranking a popular word's thousands of matches takes tens of ms at 100 000 listings, and the same
// searches come again and again: which listings a query found is remembered for a few seconds
// (ADR 006). Cards stay fresh, and one that is no longer approved — or, under the badge filter, no
// longer shows the badge (a withdrawn consent) — drops out (cardsInOrder).
export const RESULTS_TTL_MS = 20_000;
const remembered = new WeakMap<Db, ShortCache<string, Page>>();

export const rememberedPage: FindPage = (db, query) => {
  let pages = remembered.get(db);
  if (!pages) {
    pages = shortCache(RESULTS_TTL_MS, (key: string) => findPage(db, JSON.parse(key) as CatalogQuery), {
      maxEntries: 1_000,
    });
    remembered.set(db, pages);
  }
  return pages.get(JSON.stringify(query));
};
