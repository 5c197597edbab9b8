import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "~/generated/prisma/enums";
import { LocalDiskStorage } from "~/modules/media/storage.server";
import { unseal, type FieldRef } from "~/utils/sensitive.server";
import { createTestDatabase, type TestDatabase } from "../../tests/setup/test-db";
import { DEMO_ACCOUNTS } from "./content/demo-accounts";
import { formatSeedSummary, seed, SEED_REFERENCE_DATE, type SeedSummary } from "./index";
import { demoReviewableItems } from "./generate/reviews";
import { buildSeedPlan } from "./plan";

// Integration: the whole demo seed into a fresh, migrated PostgreSQL database.
describe("seed", () => {
  let database: TestDatabase;
  let storage: LocalDiskStorage;
  let summary: SeedSummary;

  beforeAll(async () => {
    database = await createTestDatabase();
    storage = new LocalDiskStorage(await fs.mkdtemp(path.join(os.tmpdir(), "hunarmand-seed-")));
    summary = await seed(database.db, { storage, log: console.log });
    console.log(formatSeedSummary(summary));
  }, 180_000);

  afterAll(async () => {
    await database?.drop();
    if (storage) await fs.rm(storage.root, { recursive: true, force: true });
  });

  it("fills places, crafts, artisans and listings", async () => {
    const { db } = database;
    expect(await db.region.count()).toBe(14);
    expect(await db.category.count()).toBe(12);
    expect(await db.artisanProfile.count()).toBeGreaterThanOrEqual(40);
    expect(await db.listing.count({ where: { status: "APPROVED", approvedAt: { not: null } } })).toBeGreaterThanOrEqual(
      400,
    );
    expect(summary.counts.Listing).toBe(await db.listing.count());
  });

  it("gives every listing an image whose variant files are on disk", async () => {
    const listings = await database.db.listing.findMany({
      select: { id: true, images: { select: { variants: { select: { key: true } } } } },
    });
    expect(listings.every((l) => l.images.length >= 1 && l.images.every((i) => i.variants.length > 0))).toBe(true);
    const keys = new Set(listings.flatMap((l) => l.images.flatMap((i) => i.variants.map((v) => v.key))));
    const missing = [];
    for (const key of keys) if (!(await storage.has(key))) missing.push(key);
    expect(missing).toEqual([]);
  });

  it("has one demo account per role; the moderator works in two districts", async () => {
    const demo = await database.db.user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
      include: { _count: { select: { staffDistricts: true } } },
    });
    for (const role of Object.values(Role))
      expect(
        demo.some((u) => u.roles.includes(role)),
        role,
      ).toBe(true);
    expect(demo.find((u) => u.email === "moderator@hunarmand.uz")?._count.staffDistricts).toBe(2);
    expect(
      demo
        .filter((u) => u.totpSecretEnc)
        .map((u) => u.email)
        .sort(),
    ).toEqual([
      "admin@hunarmand.uz",
      "moderator2@hunarmand.uz",
      "moderator@hunarmand.uz",
      "sw.a@hunarmand.uz",
      "sw.b@hunarmand.uz",
      "sw.d@hunarmand.uz",
      "sw.f@hunarmand.uz",
    ]);
  });

  it("has exactly one artisan whose latest badge has lapsed", async () => {
    const artisans = await database.db.artisanProfile.findMany({
      select: { badges: { orderBy: { requestedAt: "desc" }, take: 1, select: { validUntil: true } } },
    });
    const lapsed = artisans.filter((a) => a.badges[0]?.validUntil && a.badges[0].validUntil < SEED_REFERENCE_DATE);
    expect(lapsed).toHaveLength(1);
  });

  it("stores certificate numbers only encrypted, bound to their rows", async () => {
    // The plan is deterministic: rebuilding it tells which plaintext went into which row.
    const plain = new Map<string, string>();
    buildSeedPlan({
      referenceDate: SEED_REFERENCE_DATE,
      passwordHash: "-",
      seal: (ref: FieldRef, value: string) => (ref.field === "certificateNumberEnc" && plain.set(ref.id, value), ""),
    });
    expect(plain.size).toBeGreaterThan(30);
    const rows = await database.db.$queryRaw<Array<{ id: string; text: string; enc: string }>>`
      select e.id, row_to_json(e)::text as text, e."certificateNumberEnc" as enc from "DisabilityEvidence" e`;
    expect(rows).toHaveLength(plain.size);
    for (const row of rows) {
      const number = plain.get(row.id)!;
      expect(row.text).not.toContain(number);
      expect(row.text).not.toContain(number.replace(" ", ""));
      expect(unseal({ model: "DisabilityEvidence", field: "certificateNumberEnc", id: row.id }, row.enc)).toBe(number);
    }
  });

  it("has consistent delivered demo orders with reviews, and two items the demo buyer can still review", async () => {
    const { db } = database;
    const orders = await db.order.findMany({
      include: { payments: true, subOrders: { include: { items: true, events: { orderBy: { createdAt: "asc" } } } } },
    });
    expect(orders.length).toBeGreaterThanOrEqual(2);
    for (const order of orders) {
      const items = order.subOrders.flatMap((sub) => sub.items);
      const itemsTotal = items.reduce((sum, item) => sum + item.unitPriceMinor * BigInt(item.quantity), 0n);
      expect(order.subOrders.reduce((sum, sub) => sum + sub.itemsTotalMinor, 0n)).toBe(itemsTotal);
      expect(order.totalMinor).toBe(itemsTotal);
      // Cash is collected on delivery: an order still on its way (new, or waiting for a courier) has not paid yet.
      const paid = order.status === "PLACED" && order.paymentMethod === "CASH_ON_DELIVERY" ? "PENDING" : "SUCCEEDED";
      expect(order.payments.map((p) => [p.amountMinor, p.status])).toEqual([[itemsTotal, paid]]);
      for (const sub of order.subOrders) expect(sub.events.map((e) => e.status).at(-1)).toBe(sub.status);
    }
    // New orders in the demo artisan's inbox, each with the reservation a decline returns.
    const fresh = orders.filter((o) => o.subOrders.every((sub) => sub.status === "PLACED"));
    expect(fresh.map((o) => [o.paymentMethod, o.deliveryMethod, o.subOrders.map((s) => s.status)])).toHaveLength(4);
    expect(
      await db.stockReservation.count({
        where: { orderId: { in: fresh.map((o) => o.id) }, consumedAt: { not: null } },
      }),
    ).toBe(4);
    const reviews = await db.review.findMany({
      include: { orderItem: { include: { subOrder: { include: { order: true } } } } },
    });
    expect(reviews.length).toBeGreaterThanOrEqual(3);
    expect(reviews.filter((r) => r.artisanReply).length).toBeGreaterThanOrEqual(1);
    for (const review of reviews) {
      expect(review.orderItem.subOrder.status).toBe("DELIVERED");
      expect(review.orderItem.subOrder.order.buyerId).toBe(review.buyerId);
      expect(review.orderItem.listingId).toBe(review.listingId);
    }
    // Stock is as the catalog planned it: the demo orders took none.
    const plan = buildSeedPlan({ referenceDate: SEED_REFERENCE_DATE, passwordHash: "-", seal: () => "" });
    const stock = new Map(
      (await db.listing.findMany({ select: { id: true, stock: true } })).map((l) => [l.id, l.stock]),
    );
    expect(plan.listings.every((l) => stock.get(l.id!) === l.stock)).toBe(true);

    const waiting = demoReviewableItems(plan);
    expect(waiting).toHaveLength(2);
    const items = await db.orderItem.findMany({
      where: { id: { in: waiting.map((w) => w.orderItemId) } },
      include: {
        review: true,
        subOrder: { include: { order: { include: { buyer: true } }, artisan: { include: { user: true } } } },
      },
    });
    expect(
      items.map((i) => [i.review, i.subOrder.status, i.subOrder.order.buyer?.email, i.subOrder.artisan.user.email]),
    ).toEqual([
      [null, "DELIVERED", "buyer@hunarmand.uz", "artisan@hunarmand.uz"],
      [null, "DELIVERED", "buyer@hunarmand.uz", "artisan@hunarmand.uz"],
    ]);
  });

  it("refuses to seed a database that has data", async () => {
    await expect(seed(database.db, { storage })).rejects.toThrow(/empty database/);
  });
});
