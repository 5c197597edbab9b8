import { isOwnWork, type Person } from "~/modules/listings/own-work.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import type { Outcome } from "~/utils/result";
import type { ReportReason } from "./reasons";
import { inModeratorDistricts } from "./scope.server";

export type ReportResult = Outcome<"notFound" | "alreadyReported" | "ownWork">;

/** An approved listing a buyer may report, by its public slug; null for anything not public. */
export function reportableListing(db: Pick<Db, "listing">, slug: string) {
  return db.listing.findFirst({
    where: { slug, status: "APPROVED" },
    select: {
      id: true,
      slug: true,
      titleUz: true,
      titleRu: true,
      titleEn: true,
      artisan: { select: { id: true, userId: true } },
    },
  });
}

/**
 * One open report per person per listing: a second one would only repeat the first. The artisan
 * (or whoever acts for her) cannot report her own listing: she changes it in her studio.
 */
export async function reportListing(
  db: Db,
  input: { slug: string; reporter: Person; reason: ReportReason; details?: string },
): Promise<ReportResult> {
  const reporterId = input.reporter.id;
  return db.$transaction(async (tx) => {
    const listing = await reportableListing(tx, input.slug);
    if (!listing) return { ok: false, reason: "notFound" } as const;
    if (await isOwnWork(tx, input.reporter, listing.artisan)) return { ok: false, reason: "ownWork" } as const;
    // Serialises reports on this listing so two quick submissions cannot both pass the check.
    await tx.$queryRaw`SELECT id FROM "Listing" WHERE id = ${listing.id} FOR UPDATE`;
    const open = await tx.listingReport.count({ where: { listingId: listing.id, reporterId, resolvedAt: null } });
    if (open > 0) return { ok: false, reason: "alreadyReported" } as const;
    const report = await tx.listingReport.create({
      data: { listingId: listing.id, reporterId, reason: input.reason, details: input.details || null },
    });
    await audit(tx, {
      actorId: reporterId,
      action: "listing.reported",
      entity: "ListingReport",
      entityId: report.id,
      detail: { reason: input.reason },
    });
    return { ok: true } as const;
  });
}

/** Marks every open report of a listing in the moderator's districts as resolved; false if there is no such listing. */
export async function resolveReports(db: Db, input: { listingId: string; moderatorId: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const listing = await tx.listing.findFirst({
      where: { id: input.listingId, ...inModeratorDistricts(input.moderatorId) },
      select: { id: true },
    });
    if (!listing) return false;
    const { count } = await tx.listingReport.updateMany({
      where: { listingId: listing.id, resolvedAt: null },
      data: { resolvedAt: new Date(), resolvedById: input.moderatorId },
    });
    if (count > 0)
      await audit(tx, {
        actorId: input.moderatorId,
        action: "listing.reportsResolved",
        entity: "Listing",
        entityId: listing.id,
        detail: { count },
      });
    return true;
  });
}
