import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { doneForMe } from "~/modules/assisted/done-for-me.server";
import { actingFor, ownStudio } from "~/modules/assisted/test-actors";
import { addToCart } from "~/modules/cart/cart-items.server";
import { cartSummary } from "~/modules/cart/summary.server";
import { getPublicListing } from "~/modules/catalog/listing.server";
import { makeArtisan, makeCategory, makeRegion } from "~/modules/catalog/test-catalog";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { changePriceStock, priceStockAction } from "./price-stock.server";

// An approved listing's price and stock change from "My goods" without a new review.
let t: TestDatabase;
let districtId = "";
let categoryId = "";

beforeAll(async () => {
  t = await createTestDatabase();
  districtId = (await makeRegion(t.db, "ps")).id;
  categoryId = (await makeCategory(t.db, "ps-doppi", { uz: "Doʻppi", ru: "Тюбетейки", en: "Skullcaps" })).id;
});
afterAll(() => t.drop());

let n = 0;
async function approvedListing(status: "APPROVED" | "PENDING" | "DRAFT" = "APPROVED") {
  const artisan = await makeArtisan(t.db, districtId, `Zulfiya ${n++}`);
  const approvedAt = new Date("2026-10-01T09:00:00Z");
  const listing = await t.db.listing.create({
    data: {
      slug: `ps-${n++}`,
      artisanId: artisan.id,
      categoryId,
      status,
      approvedAt,
      titleUz: "Chust doʻppisi",
      titleRu: "Чустская тюбетейка",
      priceMinor: 15_000_000n,
      stock: 2,
    },
  });
  return { artisan, listing };
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
type Answer = {
  data: {
    listingId: string;
    result: { error?: Record<string, string[]>; initialValue?: Record<string, unknown> };
    stockNow?: number;
  };
  init: { status: number };
};

describe("changing an approved listing's price and stock", () => {
  it("keeps it approved and in the catalog at the new price and stock, audited; a buyer's cart notes the new price", async () => {
    const { artisan, listing } = await approvedListing();
    const cart = await t.db.cart.create({ data: {} });
    await addToCart(t.db, cart.id, listing.id, 1);

    expect(
      await changePriceStock(t.db, ownStudio(artisan), listing.id, { priceSom: 180_000, stock: 5, stockWas: 2 }),
    ).toEqual({ ok: true });
    const saved = await t.db.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(saved).toMatchObject({
      status: "APPROVED",
      priceMinor: 18_000_000n,
      stock: 5,
      approvedAt: listing.approvedAt,
      submittedAt: null,
    });
    expect(await getPublicListing(t.db, listing.slug, "ru")).toMatchObject({ priceMinor: 18_000_000, stock: 5 });
    const entry = await t.db.auditLog.findFirstOrThrow({
      where: { entityId: listing.id, action: "listing.priceStock" },
    });
    expect(entry).toMatchObject({
      actorId: artisan.userId,
      onBehalfOf: null,
      detail: { from: { priceMinor: 15_000_000, stock: 2 }, to: { priceMinor: 18_000_000, stock: 5 } },
    });

    const [line] = (await cartSummary(t.db, cart.id, "uz")).groups.flatMap((g) => g.lines);
    expect(line).toMatchObject({
      priceChanged: true,
      priceAtAdd: { minor: 15_000_000 },
      unitPrice: { minor: 18_000_000 },
    });
  });

  it("records both names when a helper does it for the artisan", async () => {
    const { artisan, listing } = await approvedListing();
    const helper = await t.db.user.create({
      data: { name: "Madina", email: `h${n++}@example.uz`, passwordHash: "x", roles: ["HELPER"] },
    });
    expect(
      await changePriceStock(t.db, actingFor(artisan, helper.id), listing.id, {
        priceSom: 160_000,
        stock: 2,
        stockWas: 2,
      }),
    ).toEqual({ ok: true });
    expect(
      await t.db.auditLog.findFirstOrThrow({ where: { entityId: listing.id, action: "listing.priceStock" } }),
    ).toMatchObject({ actorId: helper.id, onBehalfOf: artisan.userId });
    // "What was done for me" tells the artisan, in the words of the price step.
    expect((await doneForMe(t.db, artisan.userId, "uz")).entries).toMatchObject([
      { who: "Madina", word: "price", title: "Chust doʻppisi" },
    ]);
  });

  it("is not found for another artisan, and refused for a listing that is not approved; nothing changes", async () => {
    const { listing } = await approvedListing();
    const { artisan: other } = await approvedListing();
    expect(await changePriceStock(t.db, ownStudio(other), listing.id, { priceSom: 1, stock: 0, stockWas: 2 })).toEqual({
      ok: false,
      reason: "notFound",
    });
    const pending = await approvedListing("PENDING");
    expect(
      await changePriceStock(t.db, ownStudio(pending.artisan), pending.listing.id, {
        priceSom: 1,
        stock: 0,
        stockWas: 2,
      }),
    ).toEqual({ ok: false, reason: "notApproved" });
    for (const id of [listing.id, pending.listing.id])
      expect(await t.db.listing.findUniqueOrThrow({ where: { id } })).toMatchObject({
        priceMinor: 15_000_000n,
        stock: 2,
      });
    expect(
      await t.db.auditLog.count({
        where: { entityId: { in: [listing.id, pending.listing.id] }, action: "listing.priceStock" },
      }),
    ).toBe(0);
  });

  it("never sets a stock over a sale made while the artisan was typing: a new stock is refused, an untouched one stays as sold", async () => {
    const { artisan, listing } = await approvedListing();
    await t.db.listing.update({ where: { id: listing.id }, data: { stock: 1 } }); // a buyer took one of the 2 she saw
    expect(
      await changePriceStock(t.db, ownStudio(artisan), listing.id, { priceSom: 150_000, stock: 4, stockWas: 2 }),
    ).toEqual({ ok: false, reason: "stockChanged", stock: 1 });
    expect(await t.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).toMatchObject({
      priceMinor: 15_000_000n,
      stock: 1,
    });
    // Only the price changed in the form: it is saved, and the one piece left stays one.
    expect(
      await changePriceStock(t.db, ownStudio(artisan), listing.id, { priceSom: 140_000, stock: 2, stockWas: 2 }),
    ).toEqual({ ok: true });
    expect(await t.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).toMatchObject({
      priceMinor: 14_000_000n,
      stock: 1,
    });
  });
});

describe("the form on My goods", () => {
  it("answers a bad price with the step's message, keeping what was typed", async () => {
    const { artisan, listing } = await approvedListing();
    const answer = (await priceStockAction(
      t.db,
      ownStudio(artisan),
      form({ listingId: listing.id, stockWas: "2", priceSom: "12,5", stock: "3" }),
    )) as unknown as Answer;
    expect(answer.init.status).toBe(400);
    expect(answer.data).toMatchObject({
      listingId: listing.id,
      result: { error: { priceSom: ["studio.errors.price"] }, initialValue: { priceSom: "12,5", stock: "3" } },
    });
    expect(await t.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).toMatchObject({
      priceMinor: 15_000_000n,
      stock: 2,
    });
  });

  it("says how many are left when a sale came first, and goes back to My goods once saved", async () => {
    const { artisan, listing } = await approvedListing();
    await t.db.listing.update({ where: { id: listing.id }, data: { stock: 0 } });
    const refused = (await priceStockAction(
      t.db,
      ownStudio(artisan),
      form({ listingId: listing.id, stockWas: "2", priceSom: "150 000", stock: "5" }),
    )) as unknown as Answer;
    expect(refused.init.status).toBe(409);
    expect(refused.data).toMatchObject({
      listingId: listing.id,
      stockNow: 0,
      result: { initialValue: { priceSom: "150 000", stock: "5" } },
    });
    const saved = await priceStockAction(
      t.db,
      ownStudio(artisan),
      form({ listingId: listing.id, stockWas: "0", priceSom: "150 000", stock: "5" }),
    );
    expect((saved as Response).headers.get("Location")).toBe(`/studio?priced=${listing.id}`);
  });

  it("answers another artisan's listing as not found", async () => {
    const { listing } = await approvedListing();
    const { artisan: other } = await approvedListing();
    const fields = form({ listingId: listing.id, stockWas: "2", priceSom: "1", stock: "1" });
    await expect(priceStockAction(t.db, ownStudio(other), fields)).rejects.toMatchObject({ status: 404 });
  });
});
