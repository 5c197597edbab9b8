import type { Prisma, SubOrderStatus } from "~/generated/prisma/client";
import { addDays } from "../random";
import { orderItemOf } from "./order-rows";
import type { SeededArtisan } from "./people";

// Parcels an artisan of Chilonzor has handed over at the branch, waiting for a courier, so the
// dispatcher and courier pages have work on any day (a hand-over has no pickup window, whose dates
// would go stale). One for each of the Uzbek and Russian browser tests, which run side by side.
export const DISPATCH_DEMO_ORDERS = ["HM-2610-DSP1", "HM-2610-DSP2"] as const;
const SELLER_HANDLE = "nodira-xasanova";
const DISTRICT = "UZ-TK-chilonzor";
const TIMELINE: readonly SubOrderStatus[] = ["PLACED", "ACCEPTED", "READY"];

type Input = {
  referenceDate: Date;
  artisans: readonly SeededArtisan[];
  listings: readonly Prisma.ListingCreateManyInput[];
  districts: readonly Prisma.DistrictCreateManyInput[];
  branches: readonly Prisma.BranchCreateManyInput[];
  commissionRules: readonly Prisma.CommissionRuleCreateManyInput[];
  uuid: () => string;
};

/** Two guest orders (cash, courier delivery in Chilonzor), their part READY, a hand-over REQUESTED. */
export function buildDispatchDemo({
  referenceDate,
  artisans,
  listings,
  districts,
  branches,
  commissionRules,
  uuid,
}: Input) {
  const seller = artisans.find((a) => a.handle === SELLER_HANDLE) ?? fail(`no demo artisan ${SELLER_HANDLE}`);
  const district = districts.find((d) => d.code === DISTRICT) ?? fail(`no district ${DISTRICT}`);
  const branch = branches.find((b) => b.districtId === district.id) ?? fail(`no branch in ${DISTRICT}`);
  const rule =
    commissionRules.find((r) => r.sellerCategory === "VERIFIED_PWD") ??
    fail("no commission rule for verified artisans");
  const sold = listings.filter((l) => l.artisanId === seller.profileId && l.status === "APPROVED");
  const rows = {
    orders: [] as Prisma.OrderCreateManyInput[],
    subOrders: [] as Prisma.SubOrderCreateManyInput[],
    orderItems: [] as Prisma.OrderItemCreateManyInput[],
    subOrderEvents: [] as Prisma.SubOrderEventCreateManyInput[],
    payments: [] as Prisma.PaymentCreateManyInput[],
    pickups: [] as Prisma.PickupCreateManyInput[],
  };
  DISPATCH_DEMO_ORDERS.forEach((number, index) => {
    const listing = sold[index] ?? fail(`${SELLER_HANDLE} needs ${DISPATCH_DEMO_ORDERS.length} listings`);
    const placedAt = addDays(referenceDate, -3);
    const [orderId, subOrderId] = [uuid(), uuid()];
    rows.orders.push({
      id: orderId,
      number,
      contactName: index === 0 ? "Shahnoza Yusupova" : "Ирина Ким",
      email: `dispatch-demo-${index + 1}@example.uz`,
      phone: "+998935554433",
      deliveryMethod: "COURIER",
      regionId: district.regionId,
      districtId: district.id,
      street: "Bunyodkor shoh koʻchasi, 12",
      paymentMethod: "CASH_ON_DELIVERY",
      status: "PLACED",
      totalMinor: listing.priceMinor,
      locale: index === 0 ? "uz" : "ru",
      createdAt: placedAt,
    });
    rows.subOrders.push({
      id: subOrderId,
      orderId,
      artisanId: seller.profileId,
      status: "READY",
      itemsTotalMinor: listing.priceMinor,
      commissionRuleId: rule.id,
      commissionBasisPoints: rule.basisPoints,
      commissionMinor: 0n,
      createdAt: placedAt,
    });
    rows.orderItems.push(orderItemOf(uuid(), subOrderId, listing));
    TIMELINE.forEach((status, step) => {
      rows.subOrderEvents.push({
        id: uuid(),
        subOrderId,
        status,
        actorId: step === 0 ? null : seller.userId,
        createdAt: addDays(placedAt, step),
      });
    });
    rows.payments.push({
      id: uuid(),
      orderId,
      provider: "CASH",
      amountMinor: listing.priceMinor,
      status: "PENDING",
      createdAt: placedAt,
    });
    rows.pickups.push({
      id: uuid(),
      subOrderId,
      kind: "BRANCH_DROP_OFF",
      branchId: branch.id!,
      status: "REQUESTED",
      createdAt: addDays(placedAt, 2),
    });
  });
  return rows;
}

function fail(message: string): never {
  throw new Error(message);
}

type Writer = Pick<
  Prisma.TransactionClient,
  "order" | "subOrder" | "orderItem" | "subOrderEvent" | "payment" | "pickup"
>;

/** Writes the rows above in dependency order; the count is of pickups. */
export async function writeDispatchDemo(tx: Writer, rows: ReturnType<typeof buildDispatchDemo>) {
  await tx.order.createMany({ data: rows.orders });
  await tx.subOrder.createMany({ data: rows.subOrders });
  await tx.orderItem.createMany({ data: rows.orderItems });
  await tx.subOrderEvent.createMany({ data: rows.subOrderEvents });
  await tx.payment.createMany({ data: rows.payments });
  return tx.pickup.createMany({ data: rows.pickups });
}
