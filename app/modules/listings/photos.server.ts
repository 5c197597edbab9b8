import type { PhotoRefusal } from "~/modules/media/photo-check.server";
import type { FileStorage } from "~/modules/media/storage.server";
import { storePhoto } from "~/modules/media/store-photo.server";
import type { ImageVariants } from "~/modules/media/variants.server";
import { auditNames, type StudioActor } from "~/modules/assisted/studio-actor.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import type { Outcome } from "~/utils/result";
import { ownListing } from "./own-listing.server";
import { isEditable } from "./steps";

/** Enough to show a piece from every side; more makes the listing page slow on a village connection. */
export const MAX_PHOTOS = 10;

export type Upload = { bytes: Buffer; name: string; type: string };
export type PhotoProblem = { name: string; reason: PhotoRefusal | "tooMany" };
type PhotosResult = Outcome<"notFound" | "notEditable", { problems: PhotoProblem[] }>;

const editable = async (db: Db, actor: StudioActor, listingId: string) => {
  const listing = await ownListing(db, actor.artisanId, listingId, {
    status: true,
    _count: { select: { images: true } },
  });
  if (!listing) return { ok: false as const, reason: "notFound" as const };
  if (!isEditable(listing.status)) return { ok: false as const, reason: "notEditable" as const };
  return { ok: true as const, count: listing._count.images };
};

/**
 * Checks and stores each photo (stripped of metadata, in every variant), then records the accepted
 * ones after the listing's existing photos in one transaction. Refused files are named with the reason;
 * the others are kept. Alt text starts empty: the artisan writes it next, and submitting requires it.
 */
export async function addPhotos(
  db: Db,
  storage: FileStorage,
  actor: StudioActor,
  listingId: string,
  files: Upload[],
): Promise<PhotosResult> {
  const state = await editable(db, actor, listingId);
  if (!state.ok) return state;
  const problems: PhotoProblem[] = [];
  const stored: ImageVariants[] = [];
  for (const file of files) {
    if (state.count + stored.length >= MAX_PHOTOS) {
      problems.push({ name: file.name, reason: "tooMany" });
      continue;
    }
    const result = await storePhoto(file, storage);
    if (result.ok) stored.push(result.image);
    else problems.push({ name: file.name, reason: result.reason });
  }
  if (stored.length === 0) return { ok: true, problems };
  await db.$transaction(async (tx) => {
    const last = await tx.listingImage.aggregate({ where: { listingId }, _max: { position: true } });
    let position = (last._max.position ?? -1) + 1;
    for (const image of stored) {
      const { variants, ...size } = image;
      await tx.listingImage.create({
        data: { listingId, position: position++, altUz: "", ...size, variants: { createMany: { data: variants } } },
      });
    }
    await audit(tx, {
      ...auditNames(actor),
      action: "listing.photos.add",
      entity: "Listing",
      entityId: listingId,
      detail: { added: stored.length },
    });
  });
  return { ok: true, problems };
}

/** Removes one photo of the artisan's own editable listing (its stored files stay: other rows may share them). */
export async function removePhoto(
  db: Db,
  actor: StudioActor,
  listingId: string,
  imageId: string,
): Promise<PhotosResult> {
  const state = await editable(db, actor, listingId);
  if (!state.ok) return state;
  await db.$transaction(async (tx) => {
    const { count } = await tx.listingImage.deleteMany({ where: { id: imageId, listingId } });
    if (count > 0)
      await audit(tx, {
        ...auditNames(actor),
        action: "listing.photos.remove",
        entity: "Listing",
        entityId: listingId,
        detail: { imageId },
      });
  });
  return { ok: true, problems: [] };
}

/** Saves the Uzbek alt text of each photo of the listing (ids of other listings' photos are ignored). */
export async function describePhotos(
  db: Db,
  actor: StudioActor,
  listingId: string,
  images: { id: string; altUz: string }[],
): Promise<PhotosResult> {
  const state = await editable(db, actor, listingId);
  if (!state.ok) return state;
  await db.$transaction(async (tx) => {
    for (const image of images)
      await tx.listingImage.updateMany({ where: { id: image.id, listingId }, data: { altUz: image.altUz } });
    await audit(tx, {
      ...auditNames(actor),
      action: "listing.photos.describe",
      entity: "Listing",
      entityId: listingId,
      detail: { count: images.length },
    });
  });
  return { ok: true, problems: [] };
}
