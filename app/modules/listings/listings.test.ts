import { parseWithZod } from "@conform-to/zod/v4";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownStudio } from "~/modules/assisted/test-actors";
import type { StudioActor } from "~/modules/assisted/studio-actor.server";
import { makeArtisan, makeCategory, makeRegion } from "~/modules/catalog/test-catalog";
import type { FileStorage } from "~/modules/media/storage.server";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { archiveListing, createDraft, saveStep, submitListing } from "./drafts.server";
import { addPhotos, describePhotos, removePhoto } from "./photos.server";
import { AboutSchema, HandmadeSchema, PriceSchema } from "./steps";

let t: TestDatabase;
const users = {} as { own: StudioActor; other: StudioActor };
let categoryId = "";
const storage: FileStorage = { put: async () => {}, has: async () => false, url: (key) => `/media/${key}` };
const jpeg = (colour: string) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

beforeAll(async () => {
  t = await createTestDatabase();
  const district = await makeRegion(t.db, "st");
  categoryId = (await makeCategory(t.db, "doppi", { uz: "Doʻppi", ru: "Тюбетейки", en: "Skullcaps" })).id;
  users.own = ownStudio(await makeArtisan(t.db, district.id, "Zulfiya"));
  users.other = ownStudio(await makeArtisan(t.db, district.id, "Dilnoza"));
});
afterAll(() => t.drop());

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
};
const errorsOf = (schema: Parameters<typeof parseWithZod>[1]["schema"], entries: Record<string, string>) => {
  const submission = parseWithZod(form(entries), { schema });
  return submission.status === "success" ? null : submission.error;
};

describe("step validation", () => {
  it("needs a category, an Uzbek title and description; other languages are optional", () => {
    expect(errorsOf(AboutSchema, { titleUz: "Doʻppi" })).toMatchObject({
      categoryId: ["studio.errors.category"],
      descriptionUz: ["errors.required"],
    });
    expect(errorsOf(AboutSchema, { categoryId: "c", titleUz: "Doʻppi", descriptionUz: "Qoʻlda tikilgan" })).toBeNull();
  });

  it("takes a whole soʻm price (spaces allowed) and a stock of 0 or more", () => {
    expect(parseWithZod(form({ priceSom: "150 000", stock: "0" }), { schema: PriceSchema })).toMatchObject({
      value: { priceSom: 150000, stock: 0 },
    });
    expect(errorsOf(PriceSchema, { priceSom: "12.5", stock: "-1" })).toMatchObject({
      priceSom: ["studio.errors.price"],
      stock: ["studio.errors.stock"],
    });
    expect(errorsOf(PriceSchema, { priceSom: "0", stock: "1" })).toMatchObject({ priceSom: ["studio.errors.price"] });
  });

  it("needs the handmade box ticked", () => {
    expect(errorsOf(HandmadeSchema, {})).toMatchObject({ handmade: ["studio.errors.handmade"] });
    expect(errorsOf(HandmadeSchema, { handmade: "on" })).toBeNull();
  });
});

describe("a draft from photos to review", () => {
  it("is created empty in the artisan's studio and audited", async () => {
    const id = await createDraft(t.db, users.own);
    const listing = await t.db.listing.findUniqueOrThrow({ where: { id } });
    expect(listing).toMatchObject({ status: "DRAFT", categoryId: null, titleUz: "" });
    expect(await t.db.auditLog.count({ where: { entityId: id, action: "listing.draft" } })).toBe(1);
  });

  it("refuses to submit until photos with alt text, the details and the attestation are there", async () => {
    const id = await createDraft(t.db, users.own);
    expect(await submitListing(t.db, users.own, id)).toMatchObject({
      ok: false,
      missing: ["photos", "about", "price", "handmade"],
    });

    const added = await addPhotos(t.db, storage, users.own, id, [
      { bytes: await jpeg("#aa3322"), name: "one.jpg", type: "image/jpeg" },
      { bytes: Buffer.from("not a photo"), name: "notes.jpg", type: "image/jpeg" },
      { bytes: await jpeg("#2233aa"), name: "two.jpg", type: "image/jpeg" },
    ]);
    expect(added).toEqual({ ok: true, problems: [{ name: "notes.jpg", reason: "notAPhoto" }] });
    const images = await t.db.listingImage.findMany({
      where: { listingId: id },
      orderBy: { position: "asc" },
      include: { variants: true },
    });
    expect(images.map((i) => i.position)).toEqual([0, 1]);
    expect(images.every((i) => i.variants.length > 0)).toBe(true);

    // A craft that does not exist is refused before anything is written (it was a foreign-key crash).
    expect(
      await saveStep(t.db, users.own, id, "about", { categoryId: "x", titleUz: "Chust", descriptionUz: "Ipak" }),
    ).toEqual({ ok: false, reason: "unknownCategory" });
    expect(await t.db.listing.findUniqueOrThrow({ where: { id } })).toMatchObject({ categoryId: null, titleUz: "" });
    await saveStep(t.db, users.own, id, "about", {
      categoryId,
      titleUz: "Chust doʻppisi",
      descriptionUz: "Qoʻlda tikilgan",
    });
    await saveStep(t.db, users.own, id, "price", { priceSom: 150_000, stock: 2 });
    expect(await submitListing(t.db, users.own, id)).toMatchObject({ ok: false, missing: ["altText", "handmade"] });

    await describePhotos(
      t.db,
      users.own,
      id,
      images.map((i) => ({ id: i.id, altUz: "Qora doʻppi" })),
    );
    await saveStep(t.db, users.own, id, "handmade", { handmade: true });
    expect(await submitListing(t.db, users.own, id)).toEqual({ ok: true });
    const sent = await t.db.listing.findUniqueOrThrow({ where: { id } });
    expect(sent).toMatchObject({ status: "PENDING", priceMinor: 15_000_000n, stock: 2 });
    expect(sent.submittedAt).not.toBeNull();
    expect(sent.handmadeAttestedAt).not.toBeNull();
    expect(sent.slug).toMatch(/^chust-doppisi-/);

    // Waiting for review: no more edits until the moderator decides.
    expect(await saveStep(t.db, users.own, id, "price", { priceSom: 1, stock: 1 })).toEqual({
      ok: false,
      reason: "notEditable",
    });
  });

  it("lets a rejected listing be edited and resubmitted", async () => {
    const id = await createDraft(t.db, users.own);
    await addPhotos(t.db, storage, users.own, id, [
      { bytes: await jpeg("#118811"), name: "a.jpg", type: "image/jpeg" },
    ]);
    const [image] = await t.db.listingImage.findMany({ where: { listingId: id } });
    await describePhotos(t.db, users.own, id, [{ id: image!.id, altUz: "Yashil doʻppi" }]);
    await saveStep(t.db, users.own, id, "about", { categoryId, titleUz: "Yashil", descriptionUz: "Ipak" });
    await saveStep(t.db, users.own, id, "price", { priceSom: 90_000, stock: 1 });
    await saveStep(t.db, users.own, id, "handmade", { handmade: true });
    await t.db.listing.update({ where: { id }, data: { status: "REJECTED", rejectionReason: "Rasm xira" } });
    expect(await removePhoto(t.db, users.own, id, image!.id)).toMatchObject({ ok: true });
    expect(await submitListing(t.db, users.own, id)).toMatchObject({ ok: false, missing: ["photos"] });
    await addPhotos(t.db, storage, users.own, id, [
      { bytes: await jpeg("#22cc22"), name: "b.jpg", type: "image/jpeg" },
    ]);
    const [fresh] = await t.db.listingImage.findMany({ where: { listingId: id } });
    await describePhotos(t.db, users.own, id, [{ id: fresh!.id, altUz: "Yashil doʻppi, yorugʻ" }]);
    expect(await submitListing(t.db, users.own, id)).toEqual({ ok: true });
    expect(await t.db.listing.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PENDING",
      rejectionReason: null,
    });
  });
});

describe("another artisan's listing", () => {
  it("cannot be read, changed, photographed, submitted or archived", async () => {
    const id = await createDraft(t.db, users.own);
    const photo = [{ bytes: await jpeg("#000000"), name: "x.jpg", type: "image/jpeg" }];
    expect(await saveStep(t.db, users.other, id, "price", { priceSom: 1, stock: 1 })).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await addPhotos(t.db, storage, users.other, id, photo)).toEqual({ ok: false, reason: "notFound" });
    expect(await submitListing(t.db, users.other, id)).toEqual({ ok: false, reason: "notFound" });
    expect(await archiveListing(t.db, users.other, id)).toEqual({ ok: false, reason: "notFound" });
    expect(await t.db.listing.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", priceMinor: 0n });
    expect(await t.db.listingImage.count({ where: { listingId: id } })).toBe(0);
  });
});

describe("archiving", () => {
  it("takes the artisan's listing out of the catalog, audited", async () => {
    const id = await createDraft(t.db, users.own);
    await t.db.listing.update({
      where: { id },
      data: { status: "APPROVED", categoryId, titleUz: "Eski", priceMinor: 100n },
    });
    expect(await archiveListing(t.db, users.own, id)).toEqual({ ok: true });
    expect(await t.db.listing.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ARCHIVED" });
    expect(await t.db.auditLog.count({ where: { entityId: id, action: "listing.archive" } })).toBe(1);
  });
});
