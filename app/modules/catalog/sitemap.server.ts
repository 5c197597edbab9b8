import type { Db } from "~/utils/db.server";
import { hreflang, LOCALES } from "~/utils/i18n/locales";

type Page = { path: string; lastmod: Date | null };

/** Public pages search engines should know: the home page, the catalogue, every approved listing and every artisan selling one. */
export async function sitemapPages(db: Db): Promise<Page[]> {
  const [listings, artisans] = await Promise.all([
    db.listing.findMany({
      where: { status: "APPROVED" },
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    }),
    db.artisanProfile.findMany({
      where: { status: "ACTIVE", listings: { some: { status: "APPROVED" } } },
      select: { handle: true, updatedAt: true },
      orderBy: { handle: "asc" },
    }),
  ]);
  return [
    { path: "/", lastmod: null },
    { path: "/catalog", lastmod: null },
    ...listings.map((l) => ({ path: `/l/${l.slug}`, lastmod: l.updatedAt })),
    ...artisans.map((a) => ({ path: `/a/${a.handle}`, lastmod: a.updatedAt })),
  ];
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c);

/** The sitemap XML: each page once, with its four language versions as hreflang alternates (?lang=). */
export function sitemapXml(pages: Page[], appUrl: string): string {
  const url = (path: string, lang?: string) => {
    const u = new URL(path, appUrl);
    if (lang) u.searchParams.set("lang", lang);
    return escapeXml(u.toString());
  };
  const entries = pages.map((page) => {
    const alternates = LOCALES.map(
      (l) => `    <xhtml:link rel="alternate" hreflang="${hreflang(l)}" href="${url(page.path, l)}"/>`,
    );
    const lastmod = page.lastmod ? [`    <lastmod>${page.lastmod.toISOString()}</lastmod>`] : [];
    return ["  <url>", `    <loc>${url(page.path)}</loc>`, ...lastmod, ...alternates, "  </url>"].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    "</urlset>",
    "",
  ].join("\n");
}

// Private and per-person pages: nothing there for a search engine.
const DISALLOWED = ["/account", "/login", "/signup", "/dev", "/cart", "/checkout", "/orders"];

export function robotsTxt(appUrl: string): string {
  return [
    "User-agent: *",
    "Allow: /",
    ...DISALLOWED.map((p) => `Disallow: ${p}`),
    "",
    `Sitemap: ${new URL("/sitemap.xml", appUrl).toString()}`,
    "",
  ].join("\n");
}
