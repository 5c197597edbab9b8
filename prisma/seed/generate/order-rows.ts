import type { Prisma } from "~/generated/prisma/client";
import type { SeededArtisan } from "./people";

/** What the demo orders are built from: the planned people, catalog and rules. */
export type OrderSeedInput = {
  referenceDate: Date;
  users: readonly Prisma.UserCreateManyInput[];
  artisans: readonly SeededArtisan[];
  listings: readonly Prisma.ListingCreateManyInput[];
  districts: readonly Prisma.DistrictCreateManyInput[];
  commissionRules: readonly Prisma.CommissionRuleCreateManyInput[];
  uuid: () => string;
};

/** The rows of demo orders, filled in by each generator. */
export const emptyOrderRows = () => ({
  orders: [] as Prisma.OrderCreateManyInput[],
  subOrders: [] as Prisma.SubOrderCreateManyInput[],
  orderItems: [] as Prisma.OrderItemCreateManyInput[],
  subOrderEvents: [] as Prisma.SubOrderEventCreateManyInput[],
  payments: [] as Prisma.PaymentCreateManyInput[],
});

/** One piece of a listing in a demo order, with the listing's title in every language it has. */
export const orderItemOf = (
  id: string,
  subOrderId: string,
  listing: Prisma.ListingCreateManyInput,
): Prisma.OrderItemCreateManyInput => ({
  id,
  subOrderId,
  listingId: listing.id!,
  titleUz: listing.titleUz,
  titleRu: listing.titleRu ?? null,
  titleEn: listing.titleEn ?? null,
  unitPriceMinor: listing.priceMinor,
  quantity: 1,
});
