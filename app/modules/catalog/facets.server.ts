import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized } from "~/utils/i18n/localized";
import { searchKey } from "~/utils/i18n/transliterate";
import type { CategorySummary } from "./queries.server";
import { shortCache } from "./short-cache.server";

// Regions are reference data that changes with a migration or seed, not with trade.
const allRegions = shortCache(60_000, (db: Db) => db.region.findMany({ orderBy: { sortOrder: "asc" } }));

/** The regions a buyer can filter by, in the page's language. */
export async function listRegions(db: Db, locale: Locale) {
  const regions = await allRegions.get(db);
  return regions.map((r) => ({ code: r.code, name: localized(r, "name", locale) }));
}

export type RegionOption = Awaited<ReturnType<typeof listRegions>>[number];

/**
 * For a search that found nothing: the crafts whose names are closest to the words typed (in any
 * language or script: "did you mean"), and the crafts with the most listings. Takes the craft list
 * the page already loaded, so their counts are not computed twice.
 */
export async function noResultHelp(db: Db, q: string | undefined, categories: CategorySummary[]) {
  const words = q ? searchKey(q) : "";
  const close = words
    ? await db.$queryRaw<{ slug: string }[]>`
        SELECT slug FROM "Category"
        WHERE word_similarity(${words}, hunarmand_search_key(concat_ws(' ', "nameUz", "nameRu", "nameEn"))) > 0.3
        ORDER BY word_similarity(${words}, hunarmand_search_key(concat_ws(' ', "nameUz", "nameRu", "nameEn"))) DESC
        LIMIT 3`
    : [];
  const bySlug = new Map(categories.map((c) => [c.slug, c]));
  return {
    suggestions: close.flatMap((c) => bySlug.get(c.slug) ?? []),
    popular: [...categories].sort((a, b) => b.count - a.count).slice(0, 6),
  };
}
