import type { Locale } from "~/utils/i18n/locales";
import type { Refusal } from "~/utils/result";

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
 * `t(refusal.message, refusal)`, so a listing refusal can name the listing by its title.
 */
export type PlaceOrderRefusal =
  | Refusal<"emptyCart", { message: "orders.errors.emptyCart" }>
  | Refusal<"invalidQuantity", { message: "orders.errors.invalidQuantity"; listingId: string; max: number }>
  | Refusal<"invalidContact", { message: "orders.errors.invalidContact"; field: "name" | "email" | "phone" }>
  | Refusal<"invalidDelivery", { message: "orders.errors.invalidDelivery" }>
  | Refusal<"branchNotOffered", { message: "config.errors.branchNotOffered" }>
  | Refusal<"outOfStock", { message: "orders.errors.outOfStock"; listingId: string; title: string }>
  // Nothing left at all: `title` names every such piece (quoted, see namedList); `rest` says whether
  // the cart still holds something that can be bought.
  | Refusal<
      "soldOut",
      { message: "orders.errors.soldOut"; listingIds: string[]; title: string; count: number; rest: boolean }
    >
  | Refusal<"notAvailable", { message: "orders.errors.notAvailable"; listingId: string; title: string }>;

export type PlaceOrderResult = { ok: true; orderId: string; number: string; totalMinor: number } | PlaceOrderRefusal;

/** Thrown inside the transaction to roll everything back; placeOrder returns its refusal. */
export class CheckoutRefusal extends Error {
  constructor(readonly refusal: PlaceOrderRefusal) {
    super(refusal.reason);
  }
}

/** How long card checkout holds the stock. */
export const CARD_RESERVATION_MINUTES = 15;
