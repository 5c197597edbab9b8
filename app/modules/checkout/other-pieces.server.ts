import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";

export type OtherPieces = { name: string; handle: string; pieces: { slug: string; title: string }[] };

const PIECES_EACH = 4;

/**
 * For a buyer who just lost a piece: the other pieces its artisan has on sale now (newest first,
 * a few each), so the way on is one link away. Sold-out and unapproved listings are never offered.
 */
export async function otherPieces(
  db: Pick<Db, "listing" | "artisanProfile">,
  lostIds: string[],
  locale: Locale,
): Promise<OtherPieces[]> {
  const lost = await db.listing.findMany({ where: { id: { in: lostIds } }, select: { artisanId: true } });
  const artisanIds = [...new Set(lost.map((l) => l.artisanId))];
  return Promise.all(
    artisanIds.map(async (artisanId) => {
      const [artisan, pieces] = await Promise.all([
        db.artisanProfile.findUniqueOrThrow({ where: { id: artisanId }, select: { displayName: true, handle: true } }),
        db.listing.findMany({
          where: { artisanId, status: "APPROVED", stock: { gt: 0 }, id: { notIn: lostIds } },
          orderBy: { approvedAt: { sort: "desc", nulls: "last" } },
          take: PIECES_EACH,
          select: { slug: true, titleUz: true, titleRu: true, titleEn: true },
        }),
      ]);
      return {
        name: uzbekText(artisan.displayName, locale),
        handle: artisan.handle,
        pieces: pieces.map((p) => ({ slug: p.slug, title: localized(p, "title", locale) })),
      };
    }),
  );
}
