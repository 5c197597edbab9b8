import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { getPublicArtisan } from "./artisan.server";
import { getPublicListing } from "./listing.server";
import { decimalString, listingSeo } from "./product-seo.server";
import { relatedListings } from "./related.server";
import { robotsTxt, sitemapPages, sitemapXml } from "./sitemap.server";
import { makeArtisan, makeCategory, makeListing, makeRegion } from "./test-catalog";

let t: TestDatabase;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  const district = await makeRegion(t.db, "tashkent");
  const doppi = await makeCategory(t.db, "doppi", { uz: "Doʻppi", ru: "Тюбетейки", en: "Skullcaps" });
  const zulfiya = await makeArtisan(t.db, district.id, "Zulfiya Rahimova", "valid");
  const dilnoza = await makeArtisan(t.db, district.id, "Dilnoza Xolova");
  const idle = await makeArtisan(t.db, district.id, "Nodira Usmonova");
  ids.zulfiya = zulfiya.handle;
  ids.idle = idle.handle;
  ids.main = (
    await makeListing(t.db, {
      artisanId: zulfiya.id,
      categoryId: doppi.id,
      titleUz: "Chust doʻppisi",
      priceSom: 150_000,
      stock: 0,
    })
  ).slug;
  ids.own = (
    await makeListing(t.db, {
      artisanId: zulfiya.id,
      categoryId: doppi.id,
      titleUz: "Boshqa doʻppi",
      priceSom: 90_000,
      popularity: 50,
    })
  ).slug;
  ids.other = (
    await makeListing(t.db, {
      artisanId: dilnoza.id,
      categoryId: doppi.id,
      titleUz: "Dilnoza doʻppisi",
      priceSom: 80_000,
    })
  ).slug;
  await makeListing(t.db, {
    artisanId: dilnoza.id,
    categoryId: doppi.id,
    titleUz: "Kutilmoqda",
    priceSom: 1,
    status: "PENDING",
  });
});
afterAll(() => t.drop());

describe("artisan page", () => {
  it("shows name, place, story in the page language, the badge and only approved goods", async () => {
    const artisan = await getPublicArtisan(t.db, ids.zulfiya ?? "", "ru");
    expect(artisan).toMatchObject({ name: "Zulfiya Rahimova", district: "Район", story: "История" });
    expect(artisan?.badge).not.toBeNull();
    expect(artisan?.cards.map((c) => c.title).sort()).toEqual(["Boshqa doʻppi", "Chust doʻppisi"]);
    expect(JSON.stringify(artisan)).not.toMatch(/evidence|group|address|certificate/i);
  });

  it("gives null for an unknown handle", async () => {
    expect(await getPublicArtisan(t.db, "nobody", "uz")).toBeNull();
  });
});

describe("listing page extras", () => {
  it("related: same craft, other artisans first, never itself or a pending listing", async () => {
    const related = await relatedListings(t.db, ids.main ?? "", "uz");
    expect(related.map((c) => c.title)).toEqual(["Dilnoza doʻppisi", "Boshqa doʻppi"]);
  });

  it("Product/Offer JSON-LD with a decimal UZS price and availability, OpenGraph image absolute", async () => {
    const listing = await getPublicListing(t.db, ids.main ?? "", "uz");
    const seo = listingSeo(listing!);
    expect(seo.jsonLd.offers).toMatchObject({
      price: "150000.00",
      priceCurrency: "UZS",
      availability: "https://schema.org/OutOfStock",
    });
    expect(seo.jsonLd.brand.name).toBe("Zulfiya Rahimova");
    expect(seo.url).toMatch(/^https?:\/\/[^/]+\/l\//);
    expect(decimalString(12_345)).toBe("123.45");
    expect(decimalString(5)).toBe("0.05");
  });
});

describe("sitemap and robots", () => {
  it("lists approved listings and artisans who sell, with four hreflang alternates each", async () => {
    const xml = sitemapXml(await sitemapPages(t.db), "https://hunarmand.uz");
    expect(xml).toContain(`<loc>https://hunarmand.uz/l/${ids.main}</loc>`);
    expect(xml).toContain(`<loc>https://hunarmand.uz/a/${ids.zulfiya}</loc>`);
    expect(xml).not.toContain(`/a/${ids.idle}<`);
    for (const lang of ["uz", "uz-Cyrl", "ru", "en"]) {
      expect(xml).toContain(`hreflang="${lang}" href="https://hunarmand.uz/l/${ids.main}?lang=${lang}"`);
    }
    expect(xml.match(/<url>/g)).toHaveLength(2 + 3 + 2);
  });

  it("robots keeps private pages out and names the sitemap", () => {
    const robots = robotsTxt("https://hunarmand.uz");
    for (const path of ["/account", "/login", "/signup", "/dev", "/cart", "/checkout", "/orders"])
      expect(robots).toContain(`Disallow: ${path}\n`);
    expect(robots).toContain("Sitemap: https://hunarmand.uz/sitemap.xml");
  });
});
