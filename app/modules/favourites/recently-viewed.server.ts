// Recently viewed listings live in a cookie of slugs only (no account, no personal data), so a
// guest sees them too and nothing about browsing is stored on the server.
import { cardSelect, toCard, type ListingCard } from "~/modules/catalog/queries.server";
import { readCookie } from "~/utils/cookies";
import { privateCookie } from "~/utils/cookies.server";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";

const COOKIE = "hm_recent";
const KEEP = 8;
const NINETY_DAYS = 90 * 24 * 60 * 60;
const SLUG = /^[a-z0-9-]{1,120}$/;

export function recentSlugs(request: Request): string[] {
  const raw = readCookie(request, COOKIE) ?? "";
  return raw
    .split(",")
    .filter((slug) => SLUG.test(slug))
    .slice(0, KEEP);
}

/**
 * The Set-Cookie header that puts `slug` first (once) in the list, keeping the last 8; null when it
 * is first already. An answer that sets a cookie is never cached (cache-policy.server.ts), so a
 * listing page read again is not made private by a cookie that would change nothing.
 */
export function recordView(request: Request, slug: string): string | null {
  if (!SLUG.test(slug)) return null;
  const recent = recentSlugs(request);
  if (recent[0] === slug) return null;
  const slugs = [slug, ...recent.filter((s) => s !== slug)].slice(0, KEEP);
  return privateCookie(COOKIE, slugs.join(","), NINETY_DAYS);
}

/** Cards of the recently viewed listings still on sale, most recent first. */
export async function recentlyViewed(db: Db, request: Request, locale: Locale): Promise<ListingCard[]> {
  const slugs = recentSlugs(request);
  if (slugs.length === 0) return [];
  const rows = await db.listing.findMany({ where: { slug: { in: slugs }, status: "APPROVED" }, select: cardSelect });
  const cards = rows.map((row) => toCard(row, locale));
  return slugs.flatMap((slug) => cards.filter((card) => card.slug === slug));
}
