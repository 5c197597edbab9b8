import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { relatedListings } from "./related.server";
import { makeArtisan, makeCategory, makeListing, makeRegion } from "./test-catalog";

let t: TestDatabase;
let main: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const district = await makeRegion(t.db, "tashkent");
  const doppi = await makeCategory(t.db, "doppi", { uz: "Doʻppi", ru: "Тюбетейки", en: "Skullcaps" });
  const pottery = await makeCategory(t.db, "pottery", { uz: "Kulolchilik", ru: "Керамика", en: "Pottery" });
  const [a, b, c] = await Promise.all(
    ["Anvar Aliyev", "Botir Boboyev", "Charos Choriyeva"].map((name) => makeArtisan(t.db, district.id, name)),
  );
  const add = (artisanId: string, titleUz: string, popularity: number, stock = 3, categoryId = doppi.id) =>
    makeListing(t.db, { artisanId, categoryId, titleUz, priceSom: 1_000, popularity, stock });
  main = (await add(a!.id, "Asosiy", 0)).slug;
  await add(a!.id, "A bor", 50);
  await add(a!.id, "A tugagan", 70, 0);
  await add(b!.id, "B bor", 1);
  await add(b!.id, "B tugagan", 99, 0);
  await add(c!.id, "C bor", 5);
  await add(c!.id, "Boshqa hunar", 500, 3, pottery.id);
});
afterAll(() => t.drop());

describe("related listings", () => {
  it("other artisans in stock by popularity, then out of stock, then the same artisan's", async () => {
    const titles = async (take: number) => (await relatedListings(t.db, main, "uz", take)).map((card) => card.title);
    expect(await titles(10)).toEqual(["C bor", "B bor", "B tugagan", "A bor", "A tugagan"]);
    expect(await titles(3)).toEqual(["C bor", "B bor", "B tugagan"]);
  });

  it("none for an unknown listing", async () => {
    expect(await relatedListings(t.db, "nothing", "uz")).toEqual([]);
  });
});
