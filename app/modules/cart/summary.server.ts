// What the cart holds right now, checked against the listings as they are now. Checkout reads the
// same summary, so the buyer pays exactly what the cart page showed.
import { cardSelect, toCard, type ListingCard } from "~/modules/catalog/queries.server";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { add, fromMinor, multiply, ZERO, type Money } from "~/utils/money";

// The card's own select (title, picture, artisan), plus what the cart checks.
const itemSelect = {
  listingId: true,
  quantity: true,
  priceMinorAtAdd: true,
  listing: { select: { ...cardSelect, status: true, artisanId: true } },
};

/**
 * One cart line. `payableQuantity` is what can be bought now (the quantity, at most the stock; 0
 * when the listing is off sale); `lineTotal` is that many at the current price.
 */
export type CartLine = {
  listingId: string;
  slug: string;
  title: string;
  image: ListingCard["image"];
  quantity: number;
  stock: number;
  unitPrice: Money;
  priceAtAdd: Money;
  payableQuantity: number;
  lineTotal: Money;
  priceChanged: boolean;
  stockShort: boolean;
  unavailable: boolean;
  /** Unavailable because none is left (still approved): the buyer is told it sold out. */
  soldOut: boolean;
};

/** Lines of one artisan: checkout makes one sub-order of each group. */
export type ArtisanGroup = {
  artisanId: string;
  artisanName: string;
  artisanHandle: string;
  lines: CartLine[];
  subtotal: Money;
};

export type CartSummary = { groups: ArtisanGroup[]; total: Money; pieces: number; needsAttention: boolean };

export const EMPTY_CART: CartSummary = { groups: [], total: ZERO, pieces: 0, needsAttention: false };

/** The cart grouped by artisan, with current prices and flags for anything changed since it was added. */
export async function cartSummary(
  db: Pick<Db, "cartItem">,
  cartId: string | null,
  locale: Locale,
): Promise<CartSummary> {
  if (!cartId) return EMPTY_CART;
  const items = await db.cartItem.findMany({ where: { cartId }, select: itemSelect, orderBy: { id: "asc" } });
  const groups = new Map<string, ArtisanGroup>();
  for (const item of items) {
    const { listing } = item;
    const unavailable = listing.status !== "APPROVED" || listing.stock < 1;
    const payableQuantity = unavailable ? 0 : Math.min(item.quantity, listing.stock);
    const unitPrice = fromMinor(listing.priceMinor);
    const card = toCard(listing, locale);
    const line: CartLine = {
      listingId: item.listingId,
      slug: card.slug,
      title: card.title,
      image: card.image,
      quantity: item.quantity,
      stock: listing.stock,
      unitPrice,
      priceAtAdd: fromMinor(item.priceMinorAtAdd),
      payableQuantity,
      lineTotal: multiply(unitPrice, payableQuantity),
      priceChanged: item.priceMinorAtAdd !== listing.priceMinor,
      stockShort: !unavailable && listing.stock < item.quantity,
      unavailable,
      soldOut: listing.status === "APPROVED" && listing.stock < 1,
    };
    const group = groups.get(listing.artisanId) ?? {
      artisanId: listing.artisanId,
      artisanName: card.artisan.name,
      artisanHandle: card.artisan.handle,
      lines: [],
      subtotal: ZERO,
    };
    group.lines.push(line);
    group.subtotal = add(group.subtotal, line.lineTotal);
    groups.set(listing.artisanId, group);
  }
  const all = [...groups.values()];
  const lines = all.flatMap((g) => g.lines);
  return {
    groups: all,
    total: all.reduce((sum, g) => add(sum, g.subtotal), ZERO),
    pieces: lines.reduce((n, l) => n + l.quantity, 0),
    needsAttention: lines.some((l) => l.priceChanged || l.stockShort || l.unavailable),
  };
}
