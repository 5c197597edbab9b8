import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { makeArtisan, makeBuyer, makeListing } from "~/modules/cart/test-listings";
import { favouriteCards, isFavourite, toggleFavourite } from "./favourites.server";
import { recentSlugs, recordView } from "./recently-viewed.server";

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => test.drop());

describe("favourites", () => {
  it("toggles on and off, and lists only listings on sale", async () => {
    const artisan = await makeArtisan(test.db);
    const [pot, rug] = [
      await makeListing(test.db, artisan.id, { priceMinor: 100_000n, stock: 1 }),
      await makeListing(test.db, artisan.id, { priceMinor: 200_000n, stock: 1 }),
    ];
    const buyer = await makeBuyer(test.db);
    expect(await toggleFavourite(test.db, buyer.id, pot.id)).toBe(true);
    expect(await toggleFavourite(test.db, buyer.id, rug.id)).toBe(true);
    expect(await isFavourite(test.db, buyer.id, pot.id)).toBe(true);
    await test.db.listing.update({ where: { id: rug.id }, data: { status: "ARCHIVED" } });
    expect((await favouriteCards(test.db, buyer.id, "uz")).map((c) => c.slug)).toEqual([pot.slug]);
    expect(await toggleFavourite(test.db, buyer.id, pot.id)).toBe(false);
    expect(await isFavourite(test.db, buyer.id, pot.id)).toBe(false);
  });
});

describe("recently viewed cookie", () => {
  const withCookie = (header: string | null) =>
    new Request("http://localhost/", { headers: header ? { Cookie: header.split(";")[0]! } : {} });

  it("keeps the last 8 slugs, most recent first, each once, and drops anything that is not a slug", () => {
    let header: string | null = null;
    for (const slug of ["a", "b", "c", "d", "e", "f", "g", "h", "i", "c"])
      header = recordView(withCookie(header), slug);
    expect(recentSlugs(withCookie(header))).toEqual(["c", "i", "h", "g", "f", "e", "d", "b"]);
    expect(recentSlugs(withCookie("hm_recent=ok-1%2C%3Cscript%3E%2Cfine"))).toEqual(["ok-1", "fine"]);
    expect(recordView(withCookie(null), "../x")).toBeNull();
  });

  it("sets nothing when the listing is already the newest, so that answer stays cacheable", () => {
    const header = recordView(withCookie(null), "kosa");
    expect(recordView(withCookie(header), "kosa")).toBeNull();
    expect(recordView(withCookie(header), "doppi")).not.toBeNull();
  });
});
