import { getStorage } from "~/modules/media/storage-instance.server";
import { pictureData, pictureSelect } from "~/modules/media/picture";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { inModeratorDistricts } from "./scope.server";

const LANGUAGES = [
  { lang: "uz", suffix: "Uz" },
  { lang: "ru", suffix: "Ru" },
  { lang: "en", suffix: "En" },
] as const;

/**
 * One listing as a moderator reviews it: what buyers would see, in every language the artisan
 * wrote, with earlier decisions and open reports. Null outside the moderator's districts. Only
 * public artisan facts: never evidence, disability or address.
 */
export async function listingForModeration(db: Db, moderatorId: string, listingId: string, locale: Locale) {
  const row = await db.listing.findFirst({
    where: { id: listingId, ...inModeratorDistricts(moderatorId) },
    include: {
      category: true,
      images: { orderBy: { position: "asc" }, select: pictureSelect },
      artisan: { select: { displayName: true, district: { select: { nameUz: true, nameRu: true, nameEn: true } } } },
      moderation: { orderBy: { createdAt: "desc" } },
      reports: {
        where: { resolvedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, reason: true, details: true, createdAt: true },
      },
    },
  });
  if (!row) return null;
  const storage = getStorage();
  const moderators = await db.user.findMany({
    where: { id: { in: row.moderation.map((d) => d.moderatorId) } },
    select: { id: true, name: true },
  });
  const texts = row as unknown as Record<string, string | null>;
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    title: localized(row, "title", locale),
    // A listing is sent for review only with its craft chosen; a draft may not have one yet.
    category: row.category ? localized(row.category, "name", locale) : "",
    priceMinor: Number(row.priceMinor),
    stock: row.stock,
    handmadeAttested: row.handmadeAttestedAt !== null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    rejectionReason: row.rejectionReason,
    images: row.images.map((image) => pictureData(image, locale, (key) => storage.url(key))),
    artisan: {
      name: uzbekText(row.artisan.displayName, locale),
      district: localized(row.artisan.district, "name", locale),
    },
    // Each language the artisan filled in, as written (no fallback), so gaps are visible.
    versions: LANGUAGES.filter(({ suffix }) => texts[`title${suffix}`]).map(({ lang, suffix }) => ({
      lang,
      title: texts[`title${suffix}`] ?? "",
      description: texts[`description${suffix}`] ?? "",
      materials: texts[`materials${suffix}`] ?? null,
      dimensions: texts[`dimensions${suffix}`] ?? null,
    })),
    decisions: row.moderation.map((d) => ({
      id: d.id,
      decision: d.decision,
      reasonCode: d.reasonCode,
      reasonText: d.reasonText,
      at: d.createdAt.toISOString(),
      moderator: moderators.find((m) => m.id === d.moderatorId)?.name ?? null,
    })),
    reports: row.reports.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
  };
}

export type ModerationListing = NonNullable<Awaited<ReturnType<typeof listingForModeration>>>;
