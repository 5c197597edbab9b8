import type { Prisma } from "~/generated/prisma/client";
import { addDays } from "../random";
import { emptyOrderRows, type OrderSeedInput, orderItemOf } from "./order-rows";

// New orders waiting in the demo artisan's studio inbox, so a person can try accept, decline and
// "ready" at once: a cash order delivered by courier and a paid card order collected at a branch.
// Two such pairs, one each for the Uzbek and Russian browser tests, which run side by side.
const BUYER_EMAIL = "buyer@hunarmand.uz";
const SELLER_HANDLE = "zulfiya-rahimova";
const BUYER_DISTRICT = "UZ-TK-yunusobod";
export const DEMO_NEW_ORDERS = [
  { number: "HM-2611-NEW2", payment: "CASH_ON_DELIVERY", delivery: "COURIER" },
  { number: "HM-2611-NEW3", payment: "CARD", delivery: "BRANCH_PICKUP" },
  { number: "HM-2611-NEW4", payment: "CASH_ON_DELIVERY", delivery: "COURIER" },
  { number: "HM-2611-NEW5", payment: "CARD", delivery: "BRANCH_PICKUP" },
] as const;

type Input = OrderSeedInput & {
  profiles: readonly Prisma.ArtisanProfileCreateManyInput[];
  branches: readonly Prisma.BranchCreateManyInput[];
};

export function buildNewOrders({
  referenceDate,
  users,
  artisans,
  listings,
  districts,
  profiles,
  branches,
  commissionRules,
  uuid,
}: Input) {
  const buyer = users.find((u) => u.email === BUYER_EMAIL) ?? fail(`no demo user ${BUYER_EMAIL}`);
  const seller = artisans.find((a) => a.handle === SELLER_HANDLE) ?? fail(`no demo artisan ${SELLER_HANDLE}`);
  const inStock = listings.filter(
    (l) => l.artisanId === seller.profileId && l.status === "APPROVED" && (l.stock ?? 0) > 0,
  );
  const district = districts.find((d) => d.code === BUYER_DISTRICT) ?? fail(`no district ${BUYER_DISTRICT}`);
  const home = profiles.find((p) => p.id === seller.profileId)?.districtId;
  const branch = branches.find((b) => b.districtId === home) ?? fail("no branch in the demo artisan's district");
  const rule =
    commissionRules.find((r) => r.sellerCategory === "VERIFIED_PWD") ??
    fail("no commission rule for verified artisans");
  const rows = {
    ...emptyOrderRows(),
    // The stock was taken when the order was placed; the reservation lets a decline put it back.
    stockReservations: [] as Prisma.StockReservationCreateManyInput[],
  };
  DEMO_NEW_ORDERS.forEach((demo, index) => {
    const listing = inStock[(index + 4) % inStock.length] ?? fail(`${SELLER_HANDLE} has no listing in stock`);
    const placedAt = addDays(referenceDate, -1);
    const total = BigInt(listing.priceMinor);
    const [orderId, subOrderId] = [uuid(), uuid()];
    const courier = demo.delivery === "COURIER";
    const card = demo.payment === "CARD";
    rows.orders.push({
      id: orderId,
      number: demo.number,
      buyerId: buyer.id,
      contactName: buyer.name,
      email: buyer.email ?? BUYER_EMAIL,
      phone: "+998901112233",
      deliveryMethod: demo.delivery,
      ...(courier
        ? { regionId: district.regionId, districtId: district.id, street: "Amir Temur shoh koʻchasi, 108" }
        : { branchId: branch.id }),
      paymentMethod: demo.payment,
      status: "PLACED",
      totalMinor: total,
      locale: "uz",
      createdAt: placedAt,
      updatedAt: placedAt,
    });
    rows.subOrders.push({
      id: subOrderId,
      orderId,
      artisanId: seller.profileId,
      status: "PLACED",
      itemsTotalMinor: total,
      commissionRuleId: rule.id,
      commissionBasisPoints: rule.basisPoints,
      commissionMinor: 0n,
      createdAt: placedAt,
      updatedAt: placedAt,
    });
    rows.orderItems.push(orderItemOf(uuid(), subOrderId, listing));
    rows.subOrderEvents.push({
      id: uuid(),
      subOrderId,
      status: "PLACED",
      actorId: card ? null : buyer.id,
      note: card ? "payment.succeeded" : "order.created",
      createdAt: placedAt,
    });
    rows.payments.push({
      id: uuid(),
      orderId,
      provider: card ? "STRIPE" : "CASH",
      providerRef: card ? `cs_demo_${demo.number}` : null,
      amountMinor: total,
      status: card ? "SUCCEEDED" : "PENDING",
      createdAt: placedAt,
      updatedAt: placedAt,
    });
    rows.stockReservations.push({
      id: uuid(),
      listingId: listing.id!,
      orderId,
      quantity: 1,
      expiresAt: placedAt,
      consumedAt: placedAt,
    });
  });
  return rows;
}

function fail(message: string): never {
  throw new Error(message);
}
