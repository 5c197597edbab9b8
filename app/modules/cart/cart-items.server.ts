// Writes to the lines of a cart. Every write caps the quantity at the listing's stock (and at
// MAX_QUANTITY, the limit checkout shares) and refuses
// listings that are not on sale, so the cart never promises what the artisan cannot make.
import type { Db } from "~/utils/db.server";
import type { CartDb } from "./cart.server";
import { mostOf } from "./limits";

export type CartWrite =
  { ok: true; quantity: number; capped: boolean } | { ok: false; reason: "unavailable" | "soldOut" };

async function onSale(db: CartDb, listingId: string) {
  return db.listing.findFirst({
    where: { id: listingId, status: "APPROVED" },
    select: { priceMinor: true, stock: true },
  });
}

/** Adds `quantity` pieces (to what is already there), at most the stock. Records the price seen now. */
export async function addToCart(db: Db, cartId: string, listingId: string, quantity: number): Promise<CartWrite> {
  return db.$transaction(async (tx) => {
    const listing = await onSale(tx, listingId);
    if (!listing) return { ok: false, reason: "unavailable" };
    if (listing.stock < 1) return { ok: false, reason: "soldOut" };
    const existing = await tx.cartItem.findUnique({ where: { cartId_listingId: { cartId, listingId } } });
    const wanted = (existing?.quantity ?? 0) + quantity;
    const next = Math.min(wanted, mostOf(listing.stock));
    await tx.cartItem.upsert({
      where: { cartId_listingId: { cartId, listingId } },
      create: { cartId, listingId, quantity: next, priceMinorAtAdd: listing.priceMinor },
      update: { quantity: next, priceMinorAtAdd: listing.priceMinor },
    });
    return { ok: true, quantity: next, capped: next < wanted };
  });
}

/** Sets a line to `quantity` pieces, at most the stock; 0 removes the line. */
export async function setQuantity(db: Db, cartId: string, listingId: string, quantity: number): Promise<CartWrite> {
  if (quantity <= 0) {
    await removeFromCart(db, cartId, listingId);
    return { ok: true, quantity: 0, capped: false };
  }
  const listing = await onSale(db, listingId);
  if (!listing) return { ok: false, reason: "unavailable" };
  if (listing.stock < 1) return { ok: false, reason: "soldOut" };
  const next = Math.min(quantity, mostOf(listing.stock));
  // updateMany scoped by cartId: a line id from another cart changes nothing.
  await db.cartItem.updateMany({ where: { cartId, listingId }, data: { quantity: next } });
  return { ok: true, quantity: next, capped: next < quantity };
}

export async function removeFromCart(db: Db, cartId: string, listingId: string): Promise<void> {
  await db.cartItem.deleteMany({ where: { cartId, listingId } });
}
