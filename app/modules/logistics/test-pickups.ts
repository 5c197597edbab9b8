// Test data for logistics tests: ready parts with pickups, dispatchers and couriers, built with Prisma.
import { randomUUID } from "node:crypto";
import { placeOrder } from "~/modules/checkout/place-order.server";
import {
  makeArtisan,
  makeListing,
  orderInput,
  type Shop,
  type withShopDatabase,
} from "~/modules/checkout/test-fixtures";
import type { Db } from "~/utils/db.server";
import { seal } from "~/utils/sensitive.server";

type ShopTest = ReturnType<typeof withShopDatabase>;

/** A staff member with a role, serving the given districts. */
export async function makeStaff(
  db: Db,
  role: "MODERATOR" | "COURIER",
  districtIds: string[],
  name = `${role} ${randomUUID().slice(0, 6)}`,
) {
  return db.user.create({
    data: {
      name,
      passwordHash: "x",
      roles: [role],
      staffDistricts: { create: districtIds.map((districtId) => ({ districtId })) },
    },
  });
}

export async function otherDistrict(db: Db, shop: Shop) {
  return db.district.create({
    data: {
      code: `TK-${randomUUID().slice(0, 6)}`,
      regionId: shop.region.id,
      nameUz: "Yunusobod",
      nameRu: "Юнусабад",
      nameEn: "Yunusabad",
    },
  });
}

type PartOptions = {
  day?: Date;
  startsAt?: string;
  kind?: "HOME_PICKUP" | "BRANCH_DROP_OFF";
  delivery?: "COURIER" | "BRANCH_PICKUP";
  districtId?: string;
  consent?: boolean;
};

/**
 * An artisan (with a sealed address, notes and phone), a cash order of one of their items, the part
 * READY with a REQUESTED pickup: a home pickup in a window of `day`, or a hand-over at the branch.
 */
export async function readyPart(test: ShopTest, options: PartOptions = {}) {
  const { db, shop } = test;
  const {
    day = new Date("2026-11-22T00:00:00Z"),
    startsAt = "10:00",
    kind = "HOME_PICKUP",
    delivery = "COURIER",
    consent = true,
  } = options;
  const districtId = options.districtId ?? shop.district.id;
  const artisan = await makeArtisan(db, shop, { verified: true });
  const sealed = (field: string, plain: string) => seal({ model: "ArtisanProfile", field, id: artisan.id }, plain);
  await db.artisanProfile.update({
    where: { id: artisan.id },
    data: {
      districtId,
      addressEnc: sealed("addressEnc", `Qatortol 7, ${artisan.handle}`),
      accessNotesEnc: sealed("accessNotesEnc", "3rd floor, no lift"),
      pickupPhoneEnc: sealed("pickupPhoneEnc", "+998901112233"),
    },
  });
  if (consent)
    await db.consent.create({
      data: { artisanId: artisan.id, purpose: "ADDRESS_TO_COURIER", recordedById: shop.staff.id },
    });
  const listing = await makeListing(db, shop, artisan.id, { priceMinor: 5_000_000n });
  const placed = await placeOrder(
    db,
    orderInput(shop, [{ listingId: listing.id, quantity: 2 }], {
      paymentMethod: "CASH_ON_DELIVERY",
      ...(delivery === "BRANCH_PICKUP" && { delivery: { method: "BRANCH_PICKUP", branchId: shop.branch.id } }),
    }),
  );
  if (!placed.ok) throw new Error(placed.reason);
  const sub = await db.subOrder.findFirstOrThrow({ where: { orderId: placed.orderId } });
  await db.subOrder.update({ where: { id: sub.id }, data: { status: "READY" } });
  const window =
    kind === "HOME_PICKUP"
      ? await db.pickupWindow.upsert({
          where: { districtId_date_startsAt: { districtId, date: day, startsAt } },
          create: { districtId, date: day, startsAt, endsAt: "13:00", capacity: 8 },
          update: {},
        })
      : null;
  const pickup = await db.pickup.create({
    data: { subOrderId: sub.id, kind, pickupWindowId: window?.id ?? null, branchId: window ? null : shop.branch.id },
  });
  return { artisan, orderId: placed.orderId, subOrderId: sub.id, pickup };
}
