// Walking the site by its links, as a person would: the crawl (tests/crawl), the phone tour
// (tests/e2e/phone.spec.ts) and the benchmark's page sizes (scripts/bench/html-sizes.ts) all visit
// "every page reachable from the pages one can open", and must agree on what a page's shape is.

/** A page's template: its path with ids and slugs as ":" ("/l/:", "/studio/orders/:/slip"). */
export const shapeOf = (path: string) =>
  path
    .split("?")[0]!
    .split("/")
    .map((s, i) => (i > 1 && /[\d-]|.{21,}/.test(s) ? ":" : s))
    .join("/");

/** Same-site links of an HTML page, language switches left out (the walker keeps one language). */
export const linksOf = (html: string) =>
  [...html.matchAll(/<a\b[^>]*\shref="(\/[^"#]*)/g)]
    .map((m) => m[1]!.replace(/&amp;/g, "&"))
    .filter((link) => !link.includes("lang="));

/** Not pages: files, media, webhooks. */
export const NOT_A_PAGE = /^\/(media|assets|build|webhooks)\/|\.(csv|xml|txt|svg|png|jpe?g|webp|avif)$/;

export type Visit = { path: string; status: number; contentType: string; body: string; location: string | null };

/**
 * Breadth-first from "/" and "/account": at most `perShape` pages of one shape, `maxPages` in all.
 * `fetchPage` asks as the person (their cookie, their language); `onPage` sees every answer.
 */
export async function walkSite(options: {
  fetchPage: (path: string) => Promise<Visit>;
  onPage: (visit: Visit) => void | Promise<void>;
  perShape?: number;
  maxPages?: number;
  skip?: RegExp;
}): Promise<number> {
  const { perShape = 1, maxPages = 150, skip = NOT_A_PAGE } = options;
  const seen = new Set<string>();
  const shapes = new Map<string, number>();
  const queue = ["/", "/account"];
  let visited = 0;
  while (queue.length > 0 && visited < maxPages) {
    const path = queue.shift()!;
    const shape = shapeOf(path);
    if (seen.has(path) || skip.test(path.split("?")[0]!) || (shapes.get(shape) ?? 0) >= perShape) continue;
    seen.add(path);
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    visited++;
    const visit = await options.fetchPage(path);
    await options.onPage(visit);
    if (visit.location?.startsWith("/")) queue.push(visit.location);
    if (visit.contentType.includes("html")) queue.push(...linksOf(visit.body));
  }
  return visited;
}
