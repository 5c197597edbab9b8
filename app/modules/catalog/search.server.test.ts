import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { searchKey } from "~/utils/i18n/transliterate";
import { parseCatalogQuery } from "./catalog-query";
import { searchCatalog, PAGE_SIZE } from "./search.server";
import { makeArtisan, makeCategory, makeListing, makeRegion } from "./test-catalog";

let t: TestDatabase;
const slugs: Record<string, string> = {};

async function search(params: string) {
  const result = await searchCatalog(t.db, parseCatalogQuery(new URLSearchParams(params)), "uz");
  return result.cards.map((c) => c.title);
}

beforeAll(async () => {
  t = await createTestDatabase();
  const tashkent = await makeRegion(t.db, "tashkent");
  const samarkand = await makeRegion(t.db, "samarkand");
  const doppi = await makeCategory(t.db, "doppi", { uz: "Doʻppi", ru: "Тюбетейки", en: "Skullcaps" });
  const pottery = await makeCategory(t.db, "pottery", { uz: "Kulolchilik", ru: "Керамика", en: "Pottery" });
  const zulfiya = await makeArtisan(t.db, tashkent.id, "Zulfiya Rahimova", "valid");
  const bobur = await makeArtisan(t.db, samarkand.id, "Bobur Karimov", "expired");
  const day = (d: number) => new Date(Date.UTC(2026, 0, d));
  const made = [
    {
      artisanId: zulfiya.id,
      categoryId: doppi.id,
      titleUz: "Chust doʻppisi",
      titleRu: "Чустская тюбетейка",
      priceSom: 150_000,
      popularity: 5,
      approvedAt: day(1),
    },
    {
      artisanId: bobur.id,
      categoryId: pottery.id,
      titleUz: "Rishton kosasi",
      priceSom: 90_000,
      popularity: 9,
      approvedAt: day(2),
    },
    {
      artisanId: zulfiya.id,
      categoryId: pottery.id,
      titleUz: "Lagan",
      priceSom: 300_000,
      stock: 0,
      popularity: 1,
      approvedAt: day(3),
    },
    {
      artisanId: zulfiya.id,
      categoryId: pottery.id,
      titleUz: "Koʻza",
      priceSom: 120_000,
      handmade: false,
      popularity: 3,
      approvedAt: day(4),
    },
  ];
  for (const input of made) slugs[input.titleUz] = (await makeListing(t.db, input)).slug;
  await makeListing(t.db, {
    artisanId: zulfiya.id,
    categoryId: doppi.id,
    titleUz: "Qoralama doʻppi",
    priceSom: 1,
    status: "PENDING",
  });
});
afterAll(() => t.drop());

describe("search words", () => {
  it.each(["дўппи", "do'ppi", "doʻppi", "doppi", "DOPPI", "dopi"])("%s finds the skullcap", async (q) => {
    expect(await search(`q=${encodeURIComponent(q)}`)).toEqual(["Chust doʻppisi"]);
  });

  it("finds by craft name in any language, with a typo, and by artisan name", async () => {
    expect(await search("q=kulolchlik&sort=newest")).toEqual(["Koʻza", "Lagan", "Rishton kosasi"]);
    expect(await search(`q=${encodeURIComponent("керамика")}&sort=newest`)).toHaveLength(3);
    expect(await search("q=bobur")).toEqual(["Rishton kosasi"]);
    expect(await search(`q=${encodeURIComponent("тюбетейка")}`)).toEqual(["Chust doʻppisi"]);
  });

  it("a query of only apostrophes or spaces is no query", async () => {
    expect(await search(`q=${encodeURIComponent("ʻ' ")}`)).toHaveLength(4);
  });

  it("finds nothing for unrelated words and never a pending listing", async () => {
    expect(await search("q=televizor")).toEqual([]);
    expect(await search("q=qoralama")).toEqual([]);
  });
});

describe("filters and sort", () => {
  it("filters by category, region, price in soʻm and stock", async () => {
    expect(await search("category=doppi")).toEqual(["Chust doʻppisi"]);
    expect(await search("region=samarkand")).toEqual(["Rishton kosasi"]);
    expect(await search("minPrice=100000&maxPrice=200000&sort=price-asc")).toEqual(["Koʻza", "Chust doʻppisi"]);
    expect(await search("inStock=1&category=pottery&sort=price-asc")).toEqual(["Rishton kosasi", "Koʻza"]);
  });

  it("badge=1 keeps only listings whose badge shows: not an expired badge, not without attestation", async () => {
    expect(await search("badge=1&sort=newest")).toEqual(["Lagan", "Chust doʻppisi"]);
  });

  it("sorts newest, by price both ways and by popularity", async () => {
    expect(await search("sort=newest")).toEqual(["Koʻza", "Lagan", "Rishton kosasi", "Chust doʻppisi"]);
    expect(await search("sort=price-asc")).toEqual(["Rishton kosasi", "Koʻza", "Chust doʻppisi", "Lagan"]);
    expect(await search("sort=price-desc")).toEqual(["Lagan", "Chust doʻppisi", "Koʻza", "Rishton kosasi"]);
    expect(await search("sort=popular")).toEqual(["Rishton kosasi", "Chust doʻppisi", "Koʻza", "Lagan"]);
  });
});

describe("keyset pagination", () => {
  it.each(["newest", "price-asc", "price-desc", "popular", "relevance"])(
    "returns every row once across pages (%s)",
    async (sort) => {
      const many = await t.db.listing.findFirstOrThrow({ where: { titleUz: "Lagan" } });
      const extra = PAGE_SIZE * 2 + 3;
      const existing = await t.db.listing.count({ where: { titleUz: { startsWith: "Sahifa" } } });
      for (let i = existing; i < extra; i++) {
        // Equal prices and dates on purpose: ties must be broken by id, not lost.
        await makeListing(t.db, {
          artisanId: many.artisanId,
          categoryId: many.categoryId!,
          titleUz: `Sahifa ${i}`,
          priceSom: 5_000 + (i % 3),
          popularity: i % 4,
          approvedAt: new Date(Date.UTC(2026, 1, 1 + (i % 5))),
        });
      }
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const params = new URLSearchParams({ q: "sahifa", sort });
        if (after) params.set("after", after);
        const page = await searchCatalog(t.db, parseCatalogQuery(params), "uz");
        seen.push(...page.cards.map((c) => c.slug));
        after = page.next;
        pages++;
      } while (after && pages < 10);
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(extra);
      expect(seen).toHaveLength(extra);
    },
  );

  it("ignores a cursor that is not one", async () => {
    expect(await search("sort=newest&after=garbage")).toEqual(await search("sort=newest"));
  });

  it("ignores a cursor whose key does not fit the sort, instead of failing a cast in SQL", async () => {
    const cursor = (key: unknown, id: unknown = "x") => Buffer.from(JSON.stringify([key, id])).toString("base64url");
    const wrong = [
      ["price-asc", "abc"],
      ["price-desc", 1.5],
      ["popular", 2 ** 60],
      ["newest", 12],
      ["newest", "2026-13-45T99:00:00Z"],
      ["newest", "yesterday"],
      ["relevance", "1e400"],
    ] as const;
    for (const [sort, key] of wrong) {
      const q = sort === "relevance" ? "q=lagan&" : "";
      expect(await search(`${q}sort=${sort}&after=${cursor(key)}`), `${sort} ${key}`).toEqual(
        await search(`${q}sort=${sort}`),
      );
    }
    expect(await search(`sort=newest&after=${cursor("2026-01-03T00:00:00.000Z", "x".repeat(41))}`)).toEqual(
      await search("sort=newest"),
    );
  });

  it("ignores filter values too long to be real", async () => {
    const all = await search("sort=newest");
    for (const param of [
      `q=${"a".repeat(201)}`,
      `category=${"c".repeat(61)}`,
      `region=${"r".repeat(61)}`,
      `after=${"a".repeat(301)}`,
    ]) {
      expect(await search(`${param}&sort=newest`), param.slice(0, 12)).toEqual(all);
    }
  });
});

describe("hunarmand_search_key (SQL) and searchKey (app)", () => {
  it.each([
    "Дўппи",
    "Ёғоч ўймакорлиги",
    "Еттисув, поезд",
    "Ғиштин Қўрғон",
    "Сиҳат",
    "Тюбетейка ручной работы",
    "Шаҳар  ЯНГИ",
    "Maʼrifat  Oʻgʻil",
    "do'ppi `g‘oz’",
  ])("give the same key for %s", async (text) => {
    const [row] = await t.db.$queryRaw<{ key: string }[]>`SELECT hunarmand_search_key(${text}) AS key`;
    expect(row?.key).toBe(searchKey(text));
  });
});
