import { publicBadge } from "~/modules/verification/public-badge";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { publicArtisan, publicArtisanSelect } from "./listing.server";
import { cardSelect, toCard } from "./queries.server";

const ARTISAN_PAGE_LISTINGS = 48;

/**
 * An active artisan's public profile: name, district, region, story and approved goods. Never
 * evidence, health, address or contacts: only what the artisan agreed to show as a seller.
 */
export async function getPublicArtisan(db: Db, handle: string, locale: Locale) {
  const artisan = await db.artisanProfile.findFirst({
    where: { handle, status: "ACTIVE" },
    select: {
      ...publicArtisanSelect,
      listings: {
        where: { status: "APPROVED" },
        orderBy: [{ approvedAt: "desc" }, { id: "desc" }],
        take: ARTISAN_PAGE_LISTINGS,
        select: cardSelect,
      },
    },
  });
  if (!artisan) return null;
  // The badge covers only goods marked as the artisan's own handmade work: show it on the
  // profile when at least one such listing is on sale.
  const handmade = artisan.listings.find((l) => l.handmadeAttestedAt)?.handmadeAttestedAt ?? null;
  const badge = publicBadge({
    grantedBadges: artisan.badges,
    publicConsents: artisan.consents,
    handmadeAttestedAt: handmade,
  });
  return {
    ...publicArtisan(artisan, locale),
    badge: badge && { verifiedOn: badge.verifiedOn?.toISOString() ?? null },
    cards: artisan.listings.map((row) => toCard({ ...row, artisan }, locale)),
  };
}

export type PublicArtisan = NonNullable<Awaited<ReturnType<typeof getPublicArtisan>>>;
