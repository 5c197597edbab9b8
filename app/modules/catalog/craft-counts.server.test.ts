import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { forgetCraftCounts, listCategories } from "./queries.server";
import { makeArtisan, makeCategory, makeListing, makeRegion } from "./test-catalog";

let t: TestDatabase;
let pending: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const district = await makeRegion(t.db, "tashkent");
  const doppi = await makeCategory(t.db, "doppi", { uz: "Doʻppi", ru: "Тюбетейки", en: "Skullcaps" });
  const artisan = await makeArtisan(t.db, district.id, "Zulfiya Rahimova", "valid");
  await makeListing(t.db, {
    artisanId: artisan.id,
    categoryId: doppi.id,
    titleUz: "Chust doʻppisi",
    priceSom: 150_000,
  });
  pending = (
    await makeListing(t.db, {
      artisanId: artisan.id,
      categoryId: doppi.id,
      titleUz: "Kutilmoqda",
      priceSom: 1,
      status: "PENDING",
    })
  ).slug;
});
afterAll(() => t.drop());

describe("craft counts", () => {
  it("count approved listings only, in the page's language, and are remembered for a short while", async () => {
    forgetCraftCounts();
    expect(await listCategories(t.db, "ru")).toEqual([{ slug: "doppi", name: "Тюбетейки", count: 1 }]);
    await t.db.listing.update({ where: { slug: pending }, data: { status: "APPROVED", approvedAt: new Date() } });
    // Within the TTL the page may show the count from before the approval…
    expect((await listCategories(t.db, "uz"))[0]).toEqual({ slug: "doppi", name: "Doʻppi", count: 1 });
    // …and the next load (TTL over, or forgotten) shows the new one.
    forgetCraftCounts();
    expect((await listCategories(t.db, "uz"))[0]?.count).toBe(2);
  });
});
