import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-db";
import { Prisma } from "~/generated/prisma/client";
import { cardRows } from "./card-rows.server";
import { cardSelect } from "./queries.server";
import { makeArtisan, makeCategory, makeListing, makeRegion } from "./test-catalog";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  const district = await makeRegion(t.db, "tashkent");
  const doppi = await makeCategory(t.db, "doppi", { uz: "Doʻppi", ru: "Тюбетейки", en: "Skullcaps" });
  const states = ["valid", "expired", "none"] as const;
  for (const [n, badge] of states.entries()) {
    const artisan = await makeArtisan(t.db, district.id, `Usta ${n}`, badge);
    const listing = await makeListing(t.db, {
      artisanId: artisan.id,
      categoryId: doppi.id,
      titleUz: `Doʻppi ${n}`,
      titleRu: "Тюбетейка",
      priceSom: 1_000 + n,
      handmade: n !== 1,
    });
    if (n === 2) continue; // one listing without photos
    for (const position of [1, 0]) {
      await t.db.listingImage.create({
        data: {
          listingId: listing.id,
          position,
          altUz: `Rasm ${position}`,
          width: 800,
          height: 600,
          placeholder: "data:,",
          variants: {
            create: ["AVIF", "WEBP", "JPEG"].map((format, i) => ({
              width: 320 * (i + 1),
              height: 240,
              format: format as "AVIF",
              key: `k${n}${position}${i}`,
              bytes: 1,
            })),
          },
        },
      });
    }
  }
});
afterAll(() => t.drop());

const byVariant = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);

describe("cardRows", () => {
  it("loads what cardSelect loads, in one statement", async () => {
    const ours = await cardRows(t.db, Prisma.sql`l.status = 'APPROVED'`, Prisma.sql`ORDER BY l.slug`);
    const prisma = await t.db.listing.findMany({
      where: { status: "APPROVED" },
      orderBy: { slug: "asc" },
      select: cardSelect,
    });
    expect(ours).toHaveLength(3);
    const sorted = (rows: typeof ours) =>
      rows.map((r) => ({ ...r, images: r.images.map((i) => ({ ...i, variants: [...i.variants].sort(byVariant) })) }));
    expect(sorted(ours)).toEqual(sorted(prisma));
  });
});
