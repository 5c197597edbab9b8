import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import { auditNames, type StudioActor } from "~/modules/assisted/studio-actor.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import type { Outcome, Refusal } from "~/utils/result";
import { ownListing } from "./own-listing.server";
import { slugFor } from "./slug";
import {
  isEditable,
  type AboutSchema,
  type DetailsSchema,
  type FormStep,
  type HandmadeSchema,
  type PriceSchema,
} from "./steps";

type Values = {
  about: z.output<typeof AboutSchema>;
  price: z.output<typeof PriceSchema>;
  details: z.output<typeof DetailsSchema>;
  handmade: z.output<typeof HandmadeSchema>;
};

/** A new, empty draft (photos come first; title, category and price are chosen later). */
export async function createDraft(db: Db, actor: StudioActor): Promise<string> {
  return db.$transaction(async (tx) => {
    const id = randomUUID();
    await tx.listing.create({
      data: { id, slug: `draft-${id}`, artisanId: actor.artisanId, titleUz: "", priceMinor: 0n },
    });
    await audit(tx, { ...auditNames(actor), action: "listing.draft", entity: "Listing", entityId: id });
    return id;
  });
}

// What each step writes; optional translations left empty become null, not "".
const toColumns: { [S in FormStep]: (v: Values[S]) => Prisma.ListingUncheckedUpdateInput } = {
  about: (v) => ({
    categoryId: v.categoryId,
    titleUz: v.titleUz,
    titleRu: v.titleRu || null,
    titleEn: v.titleEn || null,
    descriptionUz: v.descriptionUz,
    descriptionRu: v.descriptionRu || null,
    descriptionEn: v.descriptionEn || null,
  }),
  price: (v) => ({ priceMinor: BigInt(v.priceSom) * 100n, stock: v.stock }),
  details: (v) => ({ materialsUz: v.materialsUz || null, dimensionsUz: v.dimensionsUz || null }),
  handmade: () => ({ handmadeAttestedAt: new Date() }),
};

/** Saves one step's answers to the artisan's own draft (or rejected listing). */
export async function saveStep<S extends FormStep>(
  db: Db,
  actor: StudioActor,
  listingId: string,
  step: S,
  values: Values[S],
): Promise<Outcome<"notFound" | "notEditable" | "unknownCategory">> {
  return db.$transaction(async (tx) => {
    const listing = await ownListing(tx, actor.artisanId, listingId, { status: true });
    if (!listing) return { ok: false, reason: "notFound" };
    if (!isEditable(listing.status)) return { ok: false, reason: "notEditable" };
    // A craft that is not in the list (a forged or stale form) is the person's mistake, not a crash.
    const categoryId = step === "about" ? (values as Values["about"]).categoryId : null;
    if (categoryId !== null && !(await tx.category.findUnique({ where: { id: categoryId }, select: { id: true } }))) {
      return { ok: false, reason: "unknownCategory" };
    }
    await tx.listing.update({ where: { id: listingId }, data: toColumns[step](values) });
    await audit(tx, { ...auditNames(actor), action: `listing.step.${step}`, entity: "Listing", entityId: listingId });
    return { ok: true };
  });
}

export type Missing = "photos" | "altText" | "about" | "price" | "handmade";

/** What still stops a listing from going to review; empty when it can be submitted. */
export function missingFor(listing: {
  categoryId: string | null;
  titleUz: string;
  descriptionUz: string;
  priceMinor: bigint;
  handmadeAttestedAt: Date | null;
  images: { altUz: string }[];
}): Missing[] {
  const missing: Missing[] = [];
  if (listing.images.length === 0) missing.push("photos");
  else if (listing.images.some((image) => image.altUz.trim() === "")) missing.push("altText");
  if (!listing.categoryId || !listing.titleUz || !listing.descriptionUz) missing.push("about");
  if (listing.priceMinor <= 0n) missing.push("price");
  if (!listing.handmadeAttestedAt) missing.push("handmade");
  return missing;
}

export const submitSelect = {
  status: true,
  categoryId: true,
  titleUz: true,
  descriptionUz: true,
  priceMinor: true,
  handmadeAttestedAt: true,
  images: { select: { altUz: true } },
} as const;

/** Sends the listing to the moderators (again, after a rejection); refused while anything is missing. */
export async function submitListing(
  db: Db,
  actor: StudioActor,
  listingId: string,
): Promise<Outcome<"notFound" | "notEditable"> | Refusal<"incomplete", { missing: Missing[] }>> {
  return db.$transaction(async (tx) => {
    const listing = await ownListing(tx, actor.artisanId, listingId, submitSelect);
    if (!listing) return { ok: false, reason: "notFound" };
    if (!isEditable(listing.status)) return { ok: false, reason: "notEditable" };
    const missing = missingFor(listing);
    if (missing.length > 0) return { ok: false, reason: "incomplete", missing };
    await tx.listing.update({
      where: { id: listingId },
      data: {
        status: "PENDING",
        submittedAt: new Date(),
        rejectionReason: null,
        slug: slugFor(listing.titleUz, listingId),
      },
    });
    await audit(tx, {
      ...auditNames(actor),
      action: "listing.submit",
      entity: "Listing",
      entityId: listingId,
      detail: { from: listing.status },
    });
    return { ok: true };
  });
}

/** Takes a listing out of the catalog for good (kept for past orders and reviews). */
export async function archiveListing(db: Db, actor: StudioActor, listingId: string): Promise<Outcome<"notFound">> {
  return db.$transaction(async (tx) => {
    const listing = await ownListing(tx, actor.artisanId, listingId, { status: true });
    if (!listing) return { ok: false, reason: "notFound" };
    if (listing.status === "ARCHIVED") return { ok: true };
    await tx.listing.update({ where: { id: listingId }, data: { status: "ARCHIVED" } });
    await audit(tx, {
      ...auditNames(actor),
      action: "listing.archive",
      entity: "Listing",
      entityId: listingId,
      detail: { from: listing.status },
    });
    return { ok: true };
  });
}
