import { fromMinor, type Money } from "~/utils/money";

// Stripe takes amounts in the currency's minor unit unless the currency is on its zero-decimal
// list (https://docs.stripe.com/currencies#zero-decimal: BIF, CLP, DJF, GNF, JPY, KMF, KRW, MGA,
// PYG, RWF, UGX, VND, VUV, XAF, XOF, XPF). UZS is not on it, so Stripe counts UZS in tiyin, the
// same unit as our Money: 125 000 soʻm is sent as 12 500 000. Kept as named functions so the
// decision sits in one tested place.

export const STRIPE_CURRENCY = "uzs";

export function toStripeAmount(money: Money): number {
  if (money.minor < 0) throw new RangeError("Stripe amounts cannot be negative");
  return money.minor;
}

export function fromStripeAmount(amount: number): Money {
  return fromMinor(amount);
}
