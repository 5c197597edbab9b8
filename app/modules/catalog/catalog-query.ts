import { z } from "zod";

// Everything a catalog page shows is in its URL, so every page can be linked, bookmarked and
// reached without JavaScript: ?q=&category=&region=&minPrice=&maxPrice=&badge=1&certified=1&inStock=1&sort=&after=
export const SORTS = ["relevance", "newest", "price-asc", "price-desc", "popular"] as const;
export type Sort = (typeof SORTS)[number];

// A value too long to be real (or given twice) is ignored like a missing one: a link never breaks the page.
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined)
    .catch(undefined);
// Whole soʻm in the URL; anything that is not a non-negative whole number is ignored.
const som = z.preprocess(
  (v) => (typeof v === "string" && /^\d{1,12}$/.test(v.trim()) ? Number(v) : undefined),
  z.number().optional(),
);
const flag = z.preprocess((v) => v === "1" || v === "on", z.boolean());

const schema = z.object({
  q: text(200),
  category: text(60),
  region: text(60),
  minPrice: som,
  maxPrice: som,
  badge: flag,
  // Only listings with a verified product certificate that has not ended (Tashkent's today).
  certified: flag,
  inStock: flag,
  sort: z.enum(SORTS).optional().catch(undefined),
  after: text(300),
});

export type CatalogQuery = Omit<z.infer<typeof schema>, "sort"> & { sort: Sort };

export function parseCatalogQuery(params: URLSearchParams): CatalogQuery {
  const parsed = schema.parse(Object.fromEntries(params));
  // Relevance needs words to be relevant to; without them the newest come first.
  const sort =
    parsed.sort === "relevance" && !parsed.q ? "newest" : (parsed.sort ?? (parsed.q ? "relevance" : "newest"));
  return { ...parsed, sort };
}

/** The same query as URL parameters (only what is set), e.g. for the next page's link. */
export function catalogSearchParams(query: Partial<CatalogQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === false || value === "") continue;
    params.set(key, value === true ? "1" : String(value));
  }
  return params;
}
