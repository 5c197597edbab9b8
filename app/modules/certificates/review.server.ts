import { artisanInStaffDistricts } from "~/modules/moderation/scope.server";
import type { Db } from "~/utils/db.server";
import { isoOrNull } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { factsSelect, toFacts } from "./studio.server";

const artisanSelect = {
  displayName: true,
  district: { select: { nameUz: true, nameRu: true, nameEn: true } },
} as const;

/** Pending certificates of the moderator's districts, oldest first: who waits longest is seen first. */
export async function certificateQueue(db: Db, moderatorId: string, locale: Locale, today: Date) {
  const rows = await db.productCertificate.findMany({
    where: { status: "PENDING", artisan: artisanInStaffDistricts(moderatorId) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { ...factsSelect, createdAt: true, artisan: { select: artisanSelect } },
    take: 200,
  });
  return rows.map((row) => ({
    ...toFacts(row, locale, today),
    recordedAt: row.createdAt.toISOString(),
    artisan: uzbekText(row.artisan.displayName, locale),
    district: localized(row.artisan.district, "name", locale),
  }));
}

/** One certificate of the moderator's districts with its listings, or null (another district's: not found). */
export async function certificateForModerator(db: Db, moderatorId: string, id: string, locale: Locale, today: Date) {
  const row = await db.productCertificate.findFirst({
    where: { id, artisan: artisanInStaffDistricts(moderatorId) },
    select: {
      ...factsSelect,
      createdAt: true,
      decidedAt: true,
      recordedById: true,
      artisan: { select: artisanSelect },
      listings: {
        select: {
          listing: { select: { id: true, slug: true, status: true, titleUz: true, titleRu: true, titleEn: true } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    ...toFacts(row, locale, today),
    recordedAt: row.createdAt.toISOString(),
    decidedAt: isoOrNull(row.decidedAt),
    mayDecide: row.recordedById !== moderatorId,
    artisan: uzbekText(row.artisan.displayName, locale),
    district: localized(row.artisan.district, "name", locale),
    listings: row.listings.map(({ listing }) => ({
      id: listing.id,
      slug: listing.slug,
      approved: listing.status === "APPROVED",
      title: localized(listing, "title", locale),
    })),
  };
}
