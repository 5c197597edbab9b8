// The people of the authorization sweep: one of each role, two artisans and two moderators in two
// districts, so "another artisan's data" and "another district's data" can both be asked for.
import type { Role } from "~/generated/prisma/enums";
import { placeOrder } from "~/modules/checkout/place-order.server";
import { makeArtisan, makeListing, orderInput, type Shop } from "~/modules/checkout/test-fixtures";
import type { Db } from "~/utils/db.server";
import { createSession } from "~/utils/session.server";

export type Persona = { name: string; cookie: string | null };

async function signedIn(db: Db, userId: string): Promise<string> {
  const { token } = await createSession(db, userId, { twoFactorPassed: true });
  return `hm_session=${encodeURIComponent(token)}`;
}

async function person(db: Db, name: string, roles: Role[], districtId?: string) {
  const user = await db.user.create({ data: { name, email: `${name}@example.uz`, passwordHash: "x", roles } });
  if (districtId) await db.staffDistrict.create({ data: { userId: user.id, districtId } });
  return { user, cookie: await signedIn(db, user.id) };
}

export async function makePersonas(db: Db, shop: Shop) {
  const otherDistrict = await db.district.create({
    data: {
      code: `TK-${Math.random().toString(36).slice(2, 6)}`,
      regionId: shop.region.id,
      nameUz: "Yunusobod",
      nameRu: "Юнусабад",
      nameEn: "Yunusabad",
    },
  });
  const artisan = await makeArtisan(db, shop, { verified: true });
  const otherArtisan = await makeArtisan(db, shop, { verified: true });
  await db.artisanProfile.update({ where: { id: otherArtisan.id }, data: { districtId: otherDistrict.id } });
  const listing = await makeListing(db, shop, artisan.id, { status: "PENDING" });
  const otherListing = await makeListing(db, shop, otherArtisan.id, { status: "PENDING" });
  // An order for the artisan: their part is the one others must not reach in the studio inbox.
  const onSale = await makeListing(db, shop, artisan.id);
  const placed = await placeOrder(
    db,
    orderInput(shop, [{ listingId: onSale.id, quantity: 1 }], { paymentMethod: "CASH_ON_DELIVERY" }),
  );
  if (!placed.ok) throw new Error(placed.reason);
  // Ready, to hand over at the branch: every page of the part, its packing slip included, exists.
  const part = await db.subOrder.update({
    where: { id: (await db.subOrder.findFirstOrThrow({ where: { orderId: placed.orderId } })).id },
    data: { status: "READY" },
  });
  await db.pickup.create({ data: { subOrderId: part.id, kind: "BRANCH_DROP_OFF", branchId: shop.branch.id } });
  // A person named for a home visit in the first district: the other district's social worker must not reach them.
  const outreach = await db.outreachContact.create({
    data: {
      districtId: shop.district.id,
      name: "Dilnoza Karimova",
      nameKey: "dilnoza karimova",
      source: "MAHALLA",
      createdById: artisan.user.id,
    },
  });
  // The artisan's badge (granted by the fixture's moderator, not the persona): the other district's moderator must not reach it.
  const badge = await db.badge.findFirstOrThrow({ where: { artisanId: artisan.id } });
  return {
    data: {
      artisan,
      otherArtisan,
      listing,
      otherListing,
      part,
      district: shop.district,
      otherDistrict,
      outreach,
      badge,
    },
    anonymous: { name: "anonymous", cookie: null },
    buyer: await person(db, "buyer", ["BUYER"]),
    courier: await person(db, "courier", ["COURIER"]),
    artisan: { user: artisan.user, cookie: await signedIn(db, artisan.user.id) },
    otherArtisan: { user: otherArtisan.user, cookie: await signedIn(db, otherArtisan.user.id) },
    moderator: await person(db, "moderator", ["MODERATOR"], shop.district.id),
    otherModerator: await person(db, "other-moderator", ["MODERATOR"], otherDistrict.id),
    socialWorker: await person(db, "social-worker", ["SOCIAL_WORKER"], shop.district.id),
    otherSocialWorker: await person(db, "other-social-worker", ["SOCIAL_WORKER"], otherDistrict.id),
    admin: await person(db, "admin", ["ADMIN"]),
  };
}

export type Personas = Awaited<ReturnType<typeof makePersonas>>;
