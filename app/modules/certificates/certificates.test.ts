import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import express from "express";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeArtisan, makeCategory, makeListing, makeRegion } from "~/modules/catalog/test-catalog";
import { LocalDiskStorage } from "~/modules/media/storage.server";
import { listenOnLoopback } from "../../../server/listen";
import { mediaFiles } from "../../../server/media-files";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { sendBackCertificate, verifyCertificate } from "./decide.server";
import { certificateFile } from "./file-access.server";
import { correctCertificate, linkListings, recordCertificate } from "./record.server";
import { certificateForModerator, certificateQueue } from "./review.server";
import { studioCertificates } from "./studio.server";
import { hallmark, makeModerator, PDF, png, studioOf } from "./test-certificates";

let test: TestDatabase;
let root: string;
let storage: LocalDiskStorage;
const today = new Date("2026-12-06T00:00:00Z");
let home: { id: string };
let artisan: { id: string; userId: string };
let stranger: { id: string; userId: string };
let moderatorId: string;
let awayModeratorId: string;
let ringId: string;
let strangersListingId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  const db = test.db;
  root = await fs.mkdtemp(path.join(os.tmpdir(), "certificates-"));
  storage = new LocalDiskStorage(path.join(root, "uploads"), "/media/", path.join(root, "private"));
  home = await makeRegion(db, "UZ-C1");
  const away = await makeRegion(db, "UZ-C2");
  const category = await makeCategory(db, "zargarlik", { uz: "Zargarlik", ru: "Ювелирное", en: "Jewellery" });
  artisan = await makeArtisan(db, home.id, "Dilnoza Karimova");
  stranger = await makeArtisan(db, away.id, "Aziz Rahimov");
  ringId = (
    await makeListing(db, { artisanId: artisan.id, categoryId: category.id, titleUz: "Kumush uzuk", priceSom: 300_000 })
  ).id;
  strangersListingId = (
    await makeListing(db, { artisanId: stranger.id, categoryId: category.id, titleUz: "Bilaguzuk", priceSom: 200_000 })
  ).id;
  moderatorId = (await makeModerator(db, home.id)).id;
  awayModeratorId = (await makeModerator(db, away.id)).id;
});
afterAll(async () => {
  await test?.drop();
  await fs.rm(root, { recursive: true, force: true });
});

describe("recording a certificate", () => {
  it("stores the file privately (never under the public /media directory) and links the ticked listing", async () => {
    const result = await recordCertificate(test.db, storage, studioOf(artisan), hallmark(), PDF, [ringId]);
    expect(result.ok).toBe(true);
    const row = await test.db.productCertificate.findUniqueOrThrow({
      where: { id: result.ok ? result.id : "" },
      include: { listings: true },
    });
    expect(row).toMatchObject({ status: "PENDING", fileType: "application/pdf", recordedById: artisan.userId });
    expect(row.listings.map((l) => l.listingId)).toEqual([ringId]);
    expect(await storage.has(row.fileKey)).toBe(false);
    expect(path.relative(storage.root, storage.privatePathOf(row.fileKey)).startsWith("..")).toBe(true);
    expect((await storage.getPrivate(row.fileKey))?.equals(PDF.bytes)).toBe(true);
    const server = express();
    server.use("/media", mediaFiles(storage.root));
    const app = await listenOnLoopback(server);
    try {
      expect((await fetch(`${app.url}/media/${row.fileKey}`)).status).toBe(404);
      expect((await fetch(`${app.url}/media/..%2Fprivate%2F${row.fileKey.replace("/", "%2F")}`)).status).toBe(404);
    } finally {
      await app.close();
    }
    const audit = await test.db.auditLog.findFirst({ where: { action: "certificate.record", entityId: row.id } });
    expect(audit?.actorId).toBe(artisan.userId);
  });

  it("re-encodes a photo without its metadata and refuses what is neither a PDF nor a JPEG/PNG", async () => {
    const photo = await png();
    const result = await recordCertificate(test.db, storage, studioOf(artisan), hallmark(), photo);
    const row = await test.db.productCertificate.findUniqueOrThrow({ where: { id: result.ok ? result.id : "" } });
    const meta = await sharp((await storage.getPrivate(row.fileKey))!).metadata();
    expect(meta.exif).toBeUndefined();
    const script = { bytes: Buffer.from("<script>alert(1)</script>"), name: "x.pdf", type: "application/pdf" };
    expect(await recordCertificate(test.db, storage, studioOf(artisan), hallmark(), script)).toEqual({
      ok: false,
      reason: "notAPhoto",
    });
    expect(await recordCertificate(test.db, storage, studioOf(artisan), hallmark(), null)).toEqual({
      ok: false,
      reason: "fileMissing",
    });
    const pdfAsJpeg = { ...PDF, name: "scan.jpg", type: "image/jpeg" };
    expect(await recordCertificate(test.db, storage, studioOf(artisan), hallmark(), pdfAsJpeg)).toEqual({
      ok: false,
      reason: "wrongType",
    });
  });

  it("links only the artisan's own listings: another artisan's listing is not found, and nothing is written", async () => {
    const before = await test.db.productCertificate.count();
    expect(await recordCertificate(test.db, storage, studioOf(artisan), hallmark(), PDF, [strangersListingId])).toEqual(
      { ok: false, reason: "notFound" },
    );
    expect(await test.db.productCertificate.count()).toBe(before);
    const own = await recordCertificate(test.db, storage, studioOf(artisan), hallmark(), PDF);
    const id = own.ok ? own.id : "";
    expect(await linkListings(test.db, studioOf(artisan), id, [ringId, strangersListingId])).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await linkListings(test.db, studioOf(stranger), id, [strangersListingId])).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await test.db.listingCertificate.count({ where: { certificateId: id } })).toBe(0);
    expect(await linkListings(test.db, studioOf(artisan), id, [ringId])).toEqual({ ok: true });
    expect(await linkListings(test.db, studioOf(artisan), id, [])).toEqual({ ok: true });
    expect(await test.db.listingCertificate.count({ where: { certificateId: id } })).toBe(0);
  });

  it("serves the file only to the artisan's studio and the district's moderators, never cached, each opening audited", async () => {
    const recorded = await recordCertificate(test.db, storage, studioOf(artisan), hallmark(), PDF);
    const id = recorded.ok ? recorded.id : "";
    const response = await certificateFile(test.db, storage, studioOf(artisan), id);
    expect(response?.headers.get("cache-control")).toBe("private, no-store");
    expect(response?.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await response!.arrayBuffer()).equals(PDF.bytes)).toBe(true);
    expect(await certificateFile(test.db, storage, { moderatorId }, id)).not.toBeNull();
    expect(await certificateFile(test.db, storage, studioOf(stranger), id)).toBeNull();
    expect(await certificateFile(test.db, storage, { moderatorId: awayModeratorId }, id)).toBeNull();
    const reads = await test.db.auditLog.findMany({
      where: { action: "certificate.file.read", entityId: id },
      orderBy: { id: "asc" },
      select: { actorId: true, entity: true, detail: true },
    });
    expect(reads).toEqual([
      { actorId: artisan.userId, entity: "ProductCertificate", detail: { artisanId: artisan.id } },
      { actorId: moderatorId, entity: "ProductCertificate", detail: { artisanId: artisan.id } },
    ]);
  });
});

describe("a moderator's decision", () => {
  it("is taken only by a moderator of the artisan's district, oldest first in the queue", async () => {
    const recorded = await recordCertificate(test.db, storage, studioOf(artisan), hallmark(), PDF, [ringId]);
    const id = recorded.ok ? recorded.id : "";
    const queue = await certificateQueue(test.db, moderatorId, "en", today);
    expect(queue.map((c) => c.id)).toContain(id);
    expect(queue.map((c) => c.recordedAt)).toEqual([...queue.map((c) => c.recordedAt)].sort());
    expect(await certificateQueue(test.db, awayModeratorId, "en", today)).toEqual([]);
    expect(await certificateForModerator(test.db, awayModeratorId, id, "en", today)).toBeNull();
    expect(await verifyCertificate(test.db, { id: awayModeratorId }, id)).toEqual({ ok: false, reason: "notFound" });
    expect(await verifyCertificate(test.db, { id: moderatorId }, id)).toEqual({ ok: true });
    expect(await verifyCertificate(test.db, { id: moderatorId }, id)).toEqual({ ok: false, reason: "alreadyDecided" });
    const notice = await test.db.notification.findFirst({
      where: { userId: artisan.userId, kind: "certificate.verified" },
    });
    expect(notice?.payload).toEqual({ certificateKindCode: "HALLMARK" });
  });

  it("never by whoever recorded it: the module refuses, and so does the database", async () => {
    // The moderator recorded it while acting for the artisan (assisted mode).
    const asModerator = { ...studioOf(artisan), actorId: moderatorId, onBehalfOf: artisan.userId };
    const recorded = await recordCertificate(test.db, storage, asModerator, hallmark(), PDF);
    const id = recorded.ok ? recorded.id : "";
    expect((await certificateForModerator(test.db, moderatorId, id, "en", today))?.mayDecide).toBe(false);
    expect(await verifyCertificate(test.db, { id: moderatorId }, id)).toEqual({ ok: false, reason: "fourEyes" });
    await expect(
      test.db.productCertificate.update({
        where: { id },
        data: { status: "VERIFIED", decidedById: moderatorId, decidedAt: new Date() },
      }),
    ).rejects.toThrow(/ProductCertificate_four_eyes/);
    expect((await test.db.productCertificate.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
  });

  it("sends back with a reason; the artisan reads it, corrects the certificate and it waits again", async () => {
    const recorded = await recordCertificate(test.db, storage, studioOf(artisan), hallmark({ number: "X" }), PDF);
    const id = recorded.ok ? recorded.id : "";
    expect(await sendBackCertificate(test.db, { id: moderatorId }, id, "Raqam koʻrinmayapti")).toEqual({ ok: true });
    const mine = await studioCertificates(test.db, artisan.id, "uz-Cyrl", today);
    expect(mine.certificates.find((c) => c.id === id)).toMatchObject({
      status: "RETURNED",
      returnReason: "Рақам кўринмаяпти",
    });
    expect(await correctCertificate(test.db, storage, studioOf(stranger), id, hallmark(), null)).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await correctCertificate(test.db, storage, studioOf(artisan), id, hallmark(), null)).toEqual({
      ok: true,
      id,
    });
    const row = await test.db.productCertificate.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", number: "PR-2026-0117", returnReason: null, decidedById: null });
    expect(await correctCertificate(test.db, storage, studioOf(artisan), id, hallmark(), null)).toEqual({
      ok: false,
      reason: "notReturned",
    });
  });
});
