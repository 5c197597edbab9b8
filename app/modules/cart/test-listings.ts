// Test data for the cart and favourites integration tests: artisans with approved listings.
import { randomBytes } from "node:crypto";
import type { Db } from "~/utils/db.server";

const unique = () => randomBytes(4).toString("hex");

export async function makeArtisan(db: Db) {
  const id = unique();
  const region = await db.region.create({
    data: { code: `r${id}`, nameUz: "Viloyat", nameRu: "Область", nameEn: "Region" },
  });
  const district = await db.district.create({
    data: { code: `d${id}`, regionId: region.id, nameUz: "Tuman", nameRu: "Район", nameEn: "District" },
  });
  const user = await db.user.create({
    data: { name: `Artisan ${id}`, email: `a${id}@example.uz`, passwordHash: "x", roles: ["ARTISAN"] },
  });
  return db.artisanProfile.create({
    data: { userId: user.id, handle: `h${id}`, displayName: `Usta ${id}`, districtId: district.id },
  });
}

export async function makeListing(db: Db, artisanId: string, input: { priceMinor: bigint; stock: number }) {
  const id = unique();
  const category = await db.category.create({
    data: { slug: `c${id}`, nameUz: "Turkum", nameRu: "Категория", nameEn: "Category" },
  });
  return db.listing.create({
    data: { slug: `l-${id}`, artisanId, categoryId: category.id, status: "APPROVED", titleUz: `Buyum ${id}`, ...input },
  });
}

export async function makeBuyer(db: Db) {
  const id = unique();
  return db.user.create({ data: { name: `Buyer ${id}`, email: `b${id}@example.uz`, passwordHash: "x" } });
}
