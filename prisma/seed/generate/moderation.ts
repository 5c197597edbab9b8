import type { Prisma } from "~/generated/prisma/client";
import { PENDING_LISTINGS, REPORTED_LISTING } from "../content/moderation";
import { addDays } from "../random";
import { slugify } from "../words";
import type { ImageSlot } from "./catalog";
import type { SeededArtisan } from "./people";

type Input = {
  referenceDate: Date;
  artisans: readonly SeededArtisan[];
  users: readonly Prisma.UserCreateManyInput[];
  listings: readonly Prisma.ListingCreateManyInput[];
  slots: readonly ImageSlot[];
  uuid: () => string;
};

/** Pending listings (with the photos of an approved piece by the same artisan) and an open report. */
export function buildModerationWork({ referenceDate, artisans, users, listings, slots, uuid }: Input) {
  const firstListingOf = (name: string) => {
    const artisan =
      artisans.find((a) => a.seed.name === name) ??
      (() => {
        throw new Error(`no demo artisan ${name}`);
      })();
    return (
      listings.find((l) => l.artisanId === artisan.profileId) ??
      (() => {
        throw new Error(`${name} has no listing`);
      })()
    );
  };
  const pendingListings: Prisma.ListingCreateManyInput[] = [];
  const pendingSlots: ImageSlot[] = [];
  for (const seed of PENDING_LISTINGS) {
    const base = firstListingOf(seed.artisan);
    const id = uuid();
    const submittedAt = addDays(referenceDate, -seed.daysWaiting);
    pendingListings.push({
      ...base,
      id,
      slug: `${slugify(seed.title.en)}-${id.slice(0, 4)}`,
      status: "PENDING",
      titleUz: seed.title.uz,
      titleRu: seed.title.ru,
      titleEn: seed.title.en,
      popularity: 0,
      submittedAt,
      approvedAt: null,
      handmadeAttestedAt: submittedAt,
      createdAt: addDays(submittedAt, -1),
    });
    for (const slot of slots.filter((s) => s.listingId === base.id)) pendingSlots.push({ ...slot, listingId: id });
  }
  const reporter = users.find((u) => u.email === REPORTED_LISTING.reporterEmail)!;
  const listingReports: Prisma.ListingReportCreateManyInput[] = [
    {
      id: uuid(),
      listingId: firstListingOf(REPORTED_LISTING.artisan).id!,
      reporterId: reporter.id!,
      reason: REPORTED_LISTING.reason,
      details: REPORTED_LISTING.details,
      createdAt: addDays(referenceDate, -REPORTED_LISTING.daysAgo),
    },
  ];
  return { pendingListings, pendingSlots, listingReports };
}
