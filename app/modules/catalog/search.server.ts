import { Prisma } from "~/generated/prisma/client";
import { hasValidCertificate } from "~/modules/certificates/public.server";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { searchKey } from "~/utils/i18n/transliterate";
import type { CatalogQuery, Sort } from "./catalog-query";
import { decodeCursor, encodeCursor, type Cursor, type KeyKind } from "./cursor.server";
import { cardRows } from "./card-rows.server";
import { toCard, type ListingCard } from "./queries.server";

export const PAGE_SIZE = 24;
const { sql, empty, join } = Prisma;

type Row = { id: string; slug: string; key: number | bigint | Date };
export type Page = { slugs: string[]; next: string | null };
export type FindPage = (db: Db, query: CatalogQuery) => Promise<Page>;

/**
 * One page of approved listings matching the query: which ones from `find` (exact by default; the
 * catalog page passes rememberedPage), their cards — price, stock, badge — always read fresh (a
 * remembered "badge only" page drops a listing whose badge has since lapsed or been revoked).
 */
export async function searchCatalog(db: Db, query: CatalogQuery, locale: Locale, find: FindPage = findPage) {
  const { slugs, next } = await find(db, query);
  return { cards: await cardsInOrder(db, slugs, locale, { badge: query.badge, certified: query.certified }), next };
}

/** The slugs of one page in one SQL round trip (full-text + trigram over "searchText", filters, keyset). */
export async function findPage(db: Db, query: CatalogQuery): Promise<Page> {
  const words = query.q ? searchKey(query.q) : "";
  const order = orderBy(query.sort, words);
  const cursor = decodeCursor(query.after, order.kind);
  const rows = await db.$queryRaw<Row[]>`
    SELECT l.id, l.slug, ${order.key} AS key
    FROM "Listing" l
    ${query.region ? sql`JOIN "ArtisanProfile" a ON a.id = l."artisanId" JOIN "District" d ON d.id = a."districtId" JOIN "Region" r ON r.id = d."regionId"` : empty}
    ${query.category ? sql`JOIN "Category" c ON c.id = l."categoryId"` : empty}
    WHERE ${join(conditions(query, words, order, cursor), " AND ")}
    ORDER BY ${order.key} ${order.desc ? sql`DESC` : sql`ASC`}, l.id ${order.desc ? sql`DESC` : sql`ASC`}
    LIMIT ${PAGE_SIZE + 1}`;
  const page = rows.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    slugs: page.map((r) => r.slug),
    next: rows.length > PAGE_SIZE && last ? encodeCursor({ key: cursorKey(last.key), id: last.id }) : null,
  };
}

function conditions(query: CatalogQuery, words: string, order: Order, cursor: Cursor | null): Prisma.Sql[] {
  const where = [sql`l.status = 'APPROVED'`];
  if (words) where.push(matches(words));
  if (query.category) where.push(sql`c.slug = ${query.category}`);
  if (query.region) where.push(sql`r.code = ${query.region}`);
  if (query.minPrice !== undefined) where.push(sql`l."priceMinor" >= ${BigInt(query.minPrice) * 100n}`);
  if (query.maxPrice !== undefined) where.push(sql`l."priceMinor" <= ${BigInt(query.maxPrice) * 100n}`);
  if (query.inStock) where.push(sql`l.stock > 0`);
  if (query.badge) where.push(showsBadge);
  if (query.certified) where.push(hasValidCertificate);
  if (cursor) {
    const key = sql`${cursor.key}::${order.cast}`;
    where.push(
      order.desc
        ? sql`(${order.key}, l.id) < (${key}, ${cursor.id})`
        : sql`(${order.key}, l.id) > (${key}, ${cursor.id})`,
    );
  }
  return where;
}

// Each word typed, or a near spelling of it ("dopi" → doppi), anywhere (full-text); or a fragment
// of a word ("dop"). searchText and words share one normal form (searchKey).
function matches(words: string) {
  const fragment = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`(l."searchVector" @@ ${nearWords(words)} OR l."searchText" LIKE ${fragment})`;
}

// The typed words as a full-text query in which each may also be any known word within trigram
// word similarity (pg_trgm's <%, as before against the whole text): found in the small SearchWord
// table by its trigram index, then looked up in the listings' full-text index (ADR 006). NULL —
// no match — when a typed word is like no word of any listing. Lexemes are quoted for tsquery
// input (quote doubled, backslash escaped) and cast as they are, as stored in the vectors.
function nearWords(words: string) {
  const lexeme = sql`'''' || replace(replace(s.word, '\\', '\\\\'), '''', '''''') || ''''`;
  return sql`(SELECT CASE WHEN bool_and(alts IS NOT NULL) THEN string_agg('(' || alts || ')', ' & ')::tsquery END
    FROM (SELECT (SELECT string_agg(${lexeme}, ' | ') FROM "SearchWord" s WHERE t.w <% s.word) AS alts
          FROM unnest(tsvector_to_array(to_tsvector('simple', ${words}))) AS t(w)) typed)`;
}

// The public badge rule of verification/public-badge.ts, in SQL: a granted badge still valid
// today (UTC), public consent not revoked, and the item attested as the artisan's own work.
const showsBadge = sql`(l."handmadeAttestedAt" IS NOT NULL
  AND EXISTS (SELECT 1 FROM "Badge" b WHERE b."artisanId" = l."artisanId" AND b.status = 'GRANTED'
    AND (b."validUntil" IS NULL OR b."validUntil" >= (now() AT TIME ZONE 'UTC')::date))
  AND EXISTS (SELECT 1 FROM "Consent" k WHERE k."artisanId" = l."artisanId"
    AND k.purpose = 'PUBLIC_PROFILE_BADGE' AND k."revokedAt" IS NULL))`;

type Order = { key: Prisma.Sql; cast: Prisma.Sql; kind: KeyKind; desc: boolean };

function orderBy(sort: Sort, words: string): Order {
  switch (sort) {
    case "relevance":
      // The words as typed first, by full-text rank, then near spellings by theirs, then
      // fragments. (ts_rank + word_similarity before: the similarity cost ~150 µs a row.)
      return {
        key: sql`(CASE WHEN l."searchVector" @@ plainto_tsquery('simple', ${words})
          THEN 1 + ts_rank(l."searchVector", plainto_tsquery('simple', ${words}))
          ELSE coalesce(ts_rank(l."searchVector", ${nearWords(words)}), 0) END)::float8`,
        cast: sql`float8`,
        kind: "float",
        desc: true,
      };
    case "price-asc":
    case "price-desc":
      return { key: sql`l."priceMinor"`, cast: sql`bigint`, kind: "integer", desc: sort === "price-desc" };
    case "popular":
      return { key: sql`l.popularity`, cast: sql`bigint`, kind: "integer", desc: true };
    case "newest":
      return {
        key: sql`coalesce(l."approvedAt", l."createdAt")`,
        cast: sql`timestamp(3)`,
        kind: "timestamp",
        desc: true,
      };
  }
}

function cursorKey(key: Row["key"]): number | string {
  if (key instanceof Date) return key.toISOString();
  return Number(key);
}

/**
 * Cards for these slugs that are still approved, in the given order. With the badge filter, also
 * only those that still show the badge: a remembered page (search-cache) may be older than a
 * withdrawn consent or a badge taken away, and the artisan's choice holds from the next request.
 * The same for the certified filter: a certificate that ended since drops out.
 */
export async function cardsInOrder(
  db: Db,
  slugs: string[],
  locale: Locale,
  filters: { badge?: boolean; certified?: boolean } = {},
): Promise<ListingCard[]> {
  if (slugs.length === 0) return [];
  const badge = filters.badge ? sql`AND ${showsBadge}` : empty;
  const certified = filters.certified ? sql`AND ${hasValidCertificate}` : empty;
  const rows = await cardRows(db, sql`l.slug = ANY(${slugs}) AND l.status = 'APPROVED' ${badge} ${certified}`);
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return slugs.flatMap((slug) => {
    const row = bySlug.get(slug);
    return row ? [toCard(row, locale)] : [];
  });
}
