import type { Locale } from "~/utils/i18n/locales";

export type OrderLine = { listingId: string; quantity: number };

export type Delivery =
  | { method: "COURIER"; regionId: string; districtId: string; mahallaId?: string | null; street: string }
  | { method: "BRANCH_PICKUP"; branchId: string };

export type PlaceOrderInput = {
  buyerId: string | null;
  lines: OrderLine[];
  contact: { name: string; email: string; phone: string };
  delivery: Delivery;
  paymentMethod: "CARD" | "CASH_ON_DELIVERY";
  locale: Locale;
};

/**
 * Why an order was refused; `message` is a locale key (orders.json) the page shows with
 * `t(error.message, error)`, so a listing error can name the listing by its title.
 */
export type PlaceOrderError =
  | { code: "EMPTY_CART"; message: "orders.errors.emptyCart" }
  | { code: "INVALID_QUANTITY"; message: "orders.errors.invalidQuantity"; listingId: string; max: number }
  | { code: "INVALID_CONTACT"; message: "orders.errors.invalidContact"; field: "name" | "email" | "phone" }
  | { code: "INVALID_DELIVERY"; message: "orders.errors.invalidDelivery" }
  | { code: "OUT_OF_STOCK"; message: "orders.errors.outOfStock"; listingId: string; title: string }
  // Nothing left at all: `title` names every such piece (quoted, see namedList); `rest` says whether
  // the cart still holds something that can be bought.
  | { code: "SOLD_OUT"; message: "orders.errors.soldOut"; listingIds: string[]; title: string; count: number; rest: boolean }
  | { code: "NOT_AVAILABLE"; message: "orders.errors.notAvailable"; listingId: string; title: string };

export type PlaceOrderResult =
  | { ok: true; orderId: string; number: string; totalMinor: number }
  | { ok: false; error: PlaceOrderError };

/** Thrown inside the transaction to roll everything back; placeOrder turns it into a result. */
export class CheckoutRefusal extends Error {
  constructor(readonly reason: PlaceOrderError) {
    super(reason.code);
  }
}

/** How long card checkout holds the stock. */
export const CARD_RESERVATION_MINUTES = 15;
