import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeArtisan, makeCategory, makeListing, makeRegion } from "~/modules/catalog/test-catalog";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { approveListing, rejectListing } from "./decide.server";
import { moderationQueue } from "./queue.server";
import { RejectSchema } from "./reasons";
import { reportListing, resolveReports } from "./reports.server";
import { listingForModeration } from "./review.server";

let test: TestDatabase;
let moderatorId: string;
let otherModeratorId: string;
let artisanUserId: string;
let artisanId: string;
let categoryId: string;
let buyerId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  const db = test.db;
  const [home, away] = [await makeRegion(db, "UZ-M1"), await makeRegion(db, "UZ-M2")];
  categoryId = (await makeCategory(db, "suzani", { uz: "Soʻzana", ru: "Сюзане", en: "Suzani" })).id;
  const artisan = await makeArtisan(db, home.id, "Nodira Xasanova");
  artisanId = artisan.id;
  artisanUserId = artisan.userId;
  await db.user.update({ where: { id: artisanUserId }, data: { locale: "ru" } });
  const staff = async (email: string, districtId: string) => {
    const user = await db.user.create({ data: { name: email, email, passwordHash: "x", roles: ["MODERATOR"] } });
    await db.staffDistrict.create({ data: { userId: user.id, districtId } });
    return user.id;
  };
  moderatorId = await staff("m1@example.uz", home.id);
  otherModeratorId = await staff("m2@example.uz", away.id);
  buyerId = (await db.user.create({ data: { name: "Malika", email: "b@example.uz", passwordHash: "x" } })).id;
});
afterAll(async () => test?.drop());

const DAY = 86_400_000;
async function pending(title: string, daysAgo = 1) {
  const listing = await makeListing(test.db, {
    artisanId,
    categoryId,
    titleUz: title,
    priceSom: 100_000,
    status: "PENDING",
  });
  return test.db.listing.update({
    where: { id: listing.id },
    data: { approvedAt: null, submittedAt: new Date(Date.now() - daysAgo * DAY) },
  });
}

describe("the moderation queue", () => {
  it("lists pending listings of the moderator's districts oldest first, with their age", async () => {
    const newer = await pending("Yangi soʻzana", 1);
    const older = await pending("Eski soʻzana", 5);
    const queue = await moderationQueue(test.db, moderatorId, "uz");
    const ids = queue.pending.map((e) => e.id);
    expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));
    expect(queue.pending.find((e) => e.id === older.id)).toMatchObject({
      waitingDays: 5,
      artisan: "Nodira Xasanova",
      title: "Eski soʻzana",
    });
  });

  it("shows another district's moderator nothing, and refuses their decisions as not found", async () => {
    const listing = await pending("Boshqa tuman");
    expect((await moderationQueue(test.db, otherModeratorId, "uz")).pending).toEqual([]);
    expect(await listingForModeration(test.db, otherModeratorId, listing.id, "uz")).toBeNull();
    expect(
      await approveListing(test.db, { listingId: listing.id, moderatorId: otherModeratorId, from: "PENDING" }),
    ).toEqual({ ok: false, reason: "notFound" });
    expect(await resolveReports(test.db, { listingId: listing.id, moderatorId: otherModeratorId })).toBe(false);
    expect((await test.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe("PENDING");
    const view = await listingForModeration(test.db, moderatorId, listing.id, "uz");
    expect(view).toMatchObject({ status: "PENDING", artisan: { name: "Nodira Xasanova" } });
    expect(JSON.stringify(view)).not.toMatch(/evidence|address/i);
  });
});

describe("deciding", () => {
  it("approves: the listing is public, the decision, audit and the artisan's notice are written", async () => {
    const listing = await pending("Maʼqul soʻzana");
    expect(await approveListing(test.db, { listingId: listing.id, moderatorId, from: "PENDING" })).toEqual({
      ok: true,
    });
    const saved = await test.db.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(saved.status).toBe("APPROVED");
    expect(saved.approvedAt).not.toBeNull();
    expect(
      await test.db.moderationDecision.count({ where: { listingId: listing.id, moderatorId, decision: "APPROVED" } }),
    ).toBe(1);
    expect(
      await test.db.auditLog.count({
        where: { action: "listing.approved", entityId: listing.id, actorId: moderatorId },
      }),
    ).toBe(1);
    expect(await test.db.notification.count({ where: { userId: artisanUserId, kind: "listing.approved" } })).toBe(1);
    expect((await listingForModeration(test.db, moderatorId, listing.id, "uz"))?.decisions).toMatchObject([
      { decision: "APPROVED", moderator: "m1@example.uz" },
    ]);
  });

  it("rejects with the reason in the artisan's language plus the moderator's words", async () => {
    const listing = await pending("Qaytarilgan soʻzana");
    const result = await rejectListing(test.db, {
      listingId: listing.id,
      moderatorId,
      from: "PENDING",
      reasonCode: "photosUnclear",
      reasonText: "Снимите при дневном свете",
    });
    expect(result).toEqual({ ok: true });
    const saved = await test.db.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(saved).toMatchObject({
      status: "REJECTED",
      rejectionReason: "Фотографии нечёткие: Снимите при дневном свете",
    });
    expect(
      await test.db.moderationDecision.count({
        where: { listingId: listing.id, decision: "REJECTED", reasonCode: "photosUnclear" },
      }),
    ).toBe(1);
    expect(await test.db.auditLog.count({ where: { action: "listing.rejected", entityId: listing.id } })).toBe(1);
    const notice = await test.db.notification.findFirstOrThrow({
      where: { userId: artisanUserId, kind: "listing.rejected" },
    });
    expect(notice.payload).toMatchObject({ reason: saved.rejectionReason });
  });

  it("needs words when the reason is “other”, and a reason at all", () => {
    expect(RejectSchema.safeParse({ reasonCode: "other" }).success).toBe(false);
    expect(RejectSchema.safeParse({ reasonCode: "other", reasonText: "  " }).success).toBe(false);
    expect(RejectSchema.safeParse({ reasonText: "x" }).success).toBe(false);
    expect(RejectSchema.safeParse({ reasonCode: "other", reasonText: "Mavzu mos emas" }).success).toBe(true);
    expect(RejectSchema.safeParse({ reasonCode: "priceWrong" }).success).toBe(true);
  });

  it("lets only one of two decisions made at once win", async () => {
    const listing = await pending("Ikki qaror");
    const results = await Promise.all([
      approveListing(test.db, { listingId: listing.id, moderatorId, from: "PENDING" }),
      rejectListing(test.db, { listingId: listing.id, moderatorId, from: "PENDING", reasonCode: "priceWrong" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: "alreadyDecided" });
    expect(await test.db.moderationDecision.count({ where: { listingId: listing.id } })).toBe(1);
    expect(
      await test.db.notification.count({
        where: { userId: artisanUserId, payload: { path: ["titleUz"], equals: "Ikki qaror" } },
      }),
    ).toBe(1);
  });
});

describe("reports", () => {
  const buyer = () => ({ id: buyerId, roles: ["BUYER" as const], actingForArtisanId: null });
  it("a buyer reports once; the report reaches the queue; the moderator resolves it and may take the listing down", async () => {
    const listing = await makeListing(test.db, {
      artisanId,
      categoryId,
      titleUz: "Shikoyat qilingan",
      priceSom: 50_000,
    });
    expect(
      await reportListing(test.db, {
        slug: listing.slug,
        reporter: buyer(),
        reason: "notHandmade",
        details: "Fabrikada tikilgan",
      }),
    ).toEqual({ ok: true });
    expect(await reportListing(test.db, { slug: listing.slug, reporter: buyer(), reason: "other" })).toEqual({
      ok: false,
      reason: "alreadyReported",
    });
    expect(await reportListing(test.db, { slug: "no-such-listing", reporter: buyer(), reason: "other" })).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await test.db.auditLog.count({ where: { action: "listing.reported", actorId: buyerId } })).toBe(1);

    const queue = await moderationQueue(test.db, moderatorId, "uz");
    expect(queue.reported.find((e) => e.id === listing.id)).toMatchObject({ openReports: 1, status: "APPROVED" });
    expect((await moderationQueue(test.db, otherModeratorId, "uz")).reported).toEqual([]);
    expect((await listingForModeration(test.db, moderatorId, listing.id, "uz"))?.reports).toMatchObject([
      { reason: "notHandmade", details: "Fabrikada tikilgan" },
    ]);

    expect(
      await rejectListing(test.db, { listingId: listing.id, moderatorId, from: "APPROVED", reasonCode: "notHandmade" }),
    ).toEqual({ ok: true });
    expect(await resolveReports(test.db, { listingId: listing.id, moderatorId })).toBe(true);
    expect(await test.db.listingReport.findFirstOrThrow({ where: { listingId: listing.id } })).toMatchObject({
      resolvedById: moderatorId,
    });
    expect((await moderationQueue(test.db, moderatorId, "uz")).reported.map((e) => e.id)).not.toContain(listing.id);
    // Rejected: no longer public, so no longer reportable either.
    expect(await reportListing(test.db, { slug: listing.slug, reporter: buyer(), reason: "other" })).toEqual({
      ok: false,
      reason: "notFound",
    });
  });
});
