import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { parseCatalogQuery } from "./catalog-query";
import { searchCatalog } from "./search.server";
import { makeArtisan, makeCategory, makeListing, makeRegion } from "./test-catalog";

let t: TestDatabase;
let slug: string;

const search = async (q: string) =>
  (await searchCatalog(t.db, parseCatalogQuery(new URLSearchParams({ q })), "uz")).cards.map((c) => c.slug);

beforeAll(async () => {
  t = await createTestDatabase();
  const district = await makeRegion(t.db, "tashkent");
  const category = await makeCategory(t.db, "carpets", { uz: "Gilam", ru: "Ковры", en: "Carpets" });
  const artisan = await makeArtisan(t.db, district.id, "Malika Yusupova");
  slug = (
    await makeListing(t.db, {
      artisanId: artisan.id,
      categoryId: category.id,
      titleUz: "Zardevor gilam",
      priceSom: 1_000,
    })
  ).slug;
});
afterAll(() => t.drop());

describe("near spellings through the word list", () => {
  it("find a listing's words as soon as it is saved, and its new words after an edit", async () => {
    expect(await search("zardevr")).toEqual([slug]);
    await t.db.listing.update({ where: { slug }, data: { titleUz: "Qalampirmunchoq gilam" } });
    expect(await search("qalampirmunchq")).toEqual([slug]);
    expect(await search("zardevr")).toEqual([]);
  });

  it("need every typed word, as typed or near", async () => {
    expect(await search("qalampirmunchq gilm")).toEqual([slug]);
    expect(await search("qalampirmunchq televizor")).toEqual([]);
  });

  it("keep working when a known word holds a quote or a backslash", async () => {
    await t.db.$executeRaw`INSERT INTO "SearchWord" (word) VALUES (${"qalampir'munchoq"}), (${"qalampir\\munchoq"})`;
    expect(await search("qalampirmunchoq")).toEqual([slug]);
  });
});
