// Test data for the catalog integration tests: two regions, crafts, artisans with and without a
// showing badge, and approved listings whose words test search.
import type { Db } from "~/utils/db.server";

let n = 0;
const next = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

export async function makeRegion(db: Db, code: string) {
  const region = await db.region.create({
    data: { code, nameUz: `Viloyat ${code}`, nameRu: `Область ${code}`, nameEn: `Region ${code}` },
  });
  return db.district.create({
    data: { code: `${code}-d`, regionId: region.id, nameUz: "Tuman", nameRu: "Район", nameEn: "District" },
  });
}

export async function makeCategory(db: Db, slug: string, names: { uz: string; ru: string; en: string }) {
  return db.category.create({ data: { slug, nameUz: names.uz, nameRu: names.ru, nameEn: names.en } });
}

type BadgeState = "none" | "valid" | "expired";

/** An artisan; with a badge, the badge is granted (four eyes) and shown publicly (consent). */
export async function makeArtisan(db: Db, districtId: string, displayName: string, badge: BadgeState = "none") {
  const id = next();
  const user = await db.user.create({
    data: { name: displayName, email: `a${id}@example.uz`, passwordHash: "x", roles: ["ARTISAN"] },
  });
  const artisan = await db.artisanProfile.create({
    data: {
      userId: user.id,
      handle: `h${id}`,
      displayName,
      districtId,
      status: "ACTIVE",
      storyUz: "Hikoya",
      storyRu: "История",
    },
  });
  if (badge === "none") return artisan;
  const staff = await db.user.create({
    data: { name: "Staff", email: `s${id}@example.uz`, passwordHash: "x", roles: ["SOCIAL_WORKER"] },
  });
  // Four eyes (a database trigger): the moderator who grants is not the one who attested or asked.
  const moderator = await db.user.create({
    data: { name: "Moderator", email: `m${id}@example.uz`, passwordHash: "x", roles: ["MODERATOR"] },
  });
  const today = new Date();
  const validUntil = new Date(Date.UTC(today.getUTCFullYear() + (badge === "valid" ? 1 : -1), 0, 1));
  const evidence = await db.disabilityEvidence.create({
    data: {
      artisanId: artisan.id,
      groupEnc: "x",
      certificateNumberEnc: "x",
      issuedOn: new Date("2020-01-01"),
      validUntil,
      attestedById: staff.id,
    },
  });
  await db.badge.create({
    data: {
      artisanId: artisan.id,
      evidenceId: evidence.id,
      status: "GRANTED",
      requestedById: staff.id,
      decidedById: moderator.id,
      decidedAt: today,
      validUntil,
    },
  });
  await db.consent.create({ data: { artisanId: artisan.id, purpose: "PUBLIC_PROFILE_BADGE", recordedById: staff.id } });
  return artisan;
}

type ListingInput = {
  artisanId: string;
  categoryId: string;
  titleUz: string;
  titleRu?: string;
  priceSom: number;
  stock?: number;
  popularity?: number;
  handmade?: boolean;
  approvedAt?: Date;
  status?: "APPROVED" | "PENDING";
};

export async function makeListing(db: Db, input: ListingInput) {
  const { priceSom, handmade = true, status = "APPROVED", ...rest } = input;
  return db.listing.create({
    data: {
      ...rest,
      slug: `l-${next()}`,
      status,
      priceMinor: BigInt(priceSom) * 100n,
      stock: input.stock ?? 1,
      handmadeAttestedAt: handmade ? new Date() : null,
      approvedAt: input.approvedAt ?? new Date(),
    },
  });
}
