import { normalizePhone } from "~/utils/phone";
import { MAX_QUANTITY } from "~/modules/cart/limits";
import type { OrderLine, PlaceOrderInput, PlaceOrderRefusal } from "./types";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type CheckedInput = PlaceOrderInput & { contact: { name: string; email: string; phone: string } };

/**
 * What can be checked without the database. The page validates the form with Zod first; this
 * guards the API itself, because the client is never trusted.
 */
export function checkInput(input: PlaceOrderInput): { ok: true; value: CheckedInput } | PlaceOrderRefusal {
  const lines = mergeLines(input.lines);
  if (lines.length === 0) return { ok: false, reason: "emptyCart", message: "orders.errors.emptyCart" };
  const bad = lines.find((l) => !Number.isInteger(l.quantity) || l.quantity < 1 || l.quantity > MAX_QUANTITY);
  if (bad)
    return {
      ok: false,
      reason: "invalidQuantity",
      message: "orders.errors.invalidQuantity",
      listingId: bad.listingId,
      max: MAX_QUANTITY,
    };
  const name = input.contact.name.trim();
  const email = input.contact.email.trim().toLowerCase();
  const phone = normalizePhone(input.contact.phone);
  const field = !name ? "name" : !EMAIL.test(email) ? "email" : !phone ? "phone" : null;
  if (field) return { ok: false, reason: "invalidContact", message: "orders.errors.invalidContact", field };
  return { ok: true, value: { ...input, lines, contact: { name, email, phone: phone! } } };
}

/**
 * One line per listing, sorted by id: every checkout then locks listing rows in the same order,
 * so two carts holding the same two listings cannot deadlock.
 */
export function mergeLines(lines: OrderLine[]): OrderLine[] {
  const byListing = new Map<string, number>();
  for (const line of lines) byListing.set(line.listingId, (byListing.get(line.listingId) ?? 0) + line.quantity);
  return [...byListing]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([listingId, quantity]) => ({ listingId, quantity }));
}
