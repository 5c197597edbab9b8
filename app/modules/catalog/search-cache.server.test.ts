import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { parseCatalogQuery } from "./catalog-query";
import { rememberedPage } from "./search-cache.server";
import { searchCatalog } from "./search.server";
import { makeArtisan, makeCategory, makeListing, makeRegion } from "./test-catalog";

let t: TestDatabase;
let artisanId: string;
let categoryId: string;

const search = (params: string) =>
  searchCatalog(t.db, parseCatalogQuery(new URLSearchParams(params)), "uz", rememberedPage);

beforeAll(async () => {
  t = await createTestDatabase();
  const district = await makeRegion(t.db, "tashkent");
  categoryId = (await makeCategory(t.db, "doppi", { uz: "Doʻppi", ru: "Тюбетейки", en: "Skullcaps" })).id;
  artisanId = (await makeArtisan(t.db, district.id, "Zulfiya Rahimova", "valid")).id;
  await makeListing(t.db, { artisanId, categoryId, titleUz: "Chust doʻppisi", priceSom: 150_000 });
  await makeListing(t.db, { artisanId, categoryId, titleUz: "Margʻilon doʻppisi", priceSom: 90_000 });
});
afterAll(() => t.drop());

describe("remembered search results", () => {
  it("remember which listings were found, but show each card's price and stock as they are now", async () => {
    expect((await search("q=doppi&sort=price-asc")).cards.map((c) => c.title)).toEqual([
      "Margʻilon doʻppisi",
      "Chust doʻppisi",
    ]);
    await makeListing(t.db, { artisanId, categoryId, titleUz: "Yangi doʻppi", priceSom: 10_000 });
    await t.db.listing.updateMany({
      where: { titleUz: "Chust doʻppisi" },
      data: { priceMinor: 12_300_000n, stock: 0 },
    });
    const again = await search("q=doppi&sort=price-asc");
    // The new listing waits for the next load (RESULTS_TTL_MS)…
    expect(again.cards.map((c) => c.title)).toEqual(["Margʻilon doʻppisi", "Chust doʻppisi"]);
    // …while price and stock are read fresh.
    expect(again.cards[1]).toMatchObject({ priceMinor: 12_300_000, stock: 0 });
    // Another query is found afresh.
    expect((await search("q=doppi&sort=price-desc")).cards).toHaveLength(3);
  });

  it("drop a listing at once when it is no longer approved", async () => {
    await search("q=margilon");
    await t.db.listing.updateMany({ where: { titleUz: "Margʻilon doʻppisi" }, data: { status: "ARCHIVED" } });
    expect((await search("q=margilon")).cards).toEqual([]);
  });
});
