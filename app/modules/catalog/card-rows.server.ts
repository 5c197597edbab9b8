import { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import type { CardRow } from "./queries.server";

type RawCard = Omit<CardRow, "artisan"> & {
  artisan: Omit<CardRow["artisan"], "badges"> & { badges: { validUntil: number | null; decidedAt: number | null }[] };
};

/**
 * The rows toCard() takes — what `cardSelect` loads — in one SQL statement instead of one per
 * relation (listing, image, variants, artisan, district, badges, consents): a page of 24 cards
 * cost ~8 round trips and most of the catalog page's server time (ADR 006). `where` and `tail`
 * (ORDER BY / LIMIT) refer to the listing as `l`. Kept in step with cardSelect by card-rows.server.test.ts.
 */
export async function cardRows(db: Db, where: Prisma.Sql, tail: Prisma.Sql = Prisma.empty): Promise<CardRow[]> {
  const rows = await db.$queryRaw<RawCard[]>`
    SELECT l.slug, l."titleUz", l."titleRu", l."titleEn", l."priceMinor", l.stock, l."handmadeAttestedAt",
      coalesce((
        SELECT json_agg(json_build_object('width', i.width, 'height', i.height, 'placeholder', i.placeholder,
          'altUz', i."altUz", 'altRu', i."altRu", 'altEn', i."altEn",
          'variants', (SELECT coalesce(json_agg(json_build_object('width', v.width, 'height', v.height, 'format', v.format, 'key', v.key)), '[]')
                       FROM "ImageVariant" v WHERE v."imageId" = i.id)))
        FROM (SELECT * FROM "ListingImage" WHERE "listingId" = l.id ORDER BY position LIMIT 1) i), '[]') AS images,
      json_build_object('displayName', a."displayName", 'handle', a.handle,
        'district', json_build_object('nameUz', d."nameUz", 'nameRu', d."nameRu", 'nameEn', d."nameEn"),
        'badges', (SELECT coalesce(json_agg(json_build_object(
                      'validUntil', extract(epoch FROM b."validUntil") * 1000, 'decidedAt', extract(epoch FROM b."decidedAt") * 1000)), '[]')
                   FROM (SELECT * FROM "Badge" WHERE "artisanId" = a.id AND status = 'GRANTED' ORDER BY "decidedAt" DESC LIMIT 3) b),
        'consents', (SELECT coalesce(json_agg(json_build_object('id', k.id)), '[]')
                     FROM (SELECT id FROM "Consent" WHERE "artisanId" = a.id AND purpose = 'PUBLIC_PROFILE_BADGE' AND "revokedAt" IS NULL LIMIT 1) k)
      ) AS artisan
    FROM "Listing" l
    JOIN "ArtisanProfile" a ON a.id = l."artisanId"
    JOIN "District" d ON d.id = a."districtId"
    WHERE ${where}
    ${tail}`;
  const date = (ms: number | null) => (ms === null ? null : new Date(ms));
  return rows.map((row) => ({
    ...row,
    artisan: {
      ...row.artisan,
      badges: row.artisan.badges.map((b) => ({ validUntil: date(b.validUntil), decidedAt: date(b.decidedAt) })),
    },
  }));
}
