// The cart: one per signed-in buyer (Cart.userId) or per guest browser (Cart.guestToken holds only
// the digest of the random token in the guest's cookie, as sessions do). Quantities never exceed
// the stock at the time of the write; the cart page re-checks price, stock and status on every view.
import { getUser } from "~/utils/auth.server";
import type { Db } from "~/utils/db.server";
import { newToken, tokenDigest } from "~/utils/tokens.server";
import { readCookie } from "~/utils/cookies";
import { privateCookie } from "~/utils/cookies.server";

export const GUEST_CART_COOKIE = "hm_cart";
const GUEST_CART_SECONDS = 60 * 24 * 60 * 60;

/** A client that can write carts: the app's Db or the client of a transaction (checkout's). */
export type CartDb = Pick<Db, "cart" | "cartItem" | "listing">;

export type CartOwner = { userId: string } | { guestToken: string | null };

/** Whose cart the request is about. Pass `user` when already known (null: signed out) to skip a lookup. */
export async function cartOwner(request: Request, known?: { id: string } | null): Promise<CartOwner> {
  const user = known === undefined ? await getUser(request) : known;
  return user ? { userId: user.id } : { guestToken: readCookie(request, GUEST_CART_COOKIE) };
}

function ownerWhere(owner: CartOwner) {
  if ("userId" in owner) return { userId: owner.userId };
  return owner.guestToken ? { guestToken: tokenDigest(owner.guestToken) } : null;
}

/** The request's cart id (signed-in buyer's or guest's), or null when there is none yet. Never creates one. */
export async function getCartForRequest(
  db: Db,
  request: Request,
  user?: { id: string } | null,
): Promise<{ owner: CartOwner; cartId: string | null }> {
  const owner = await cartOwner(request, user);
  const where = ownerWhere(owner);
  const cart = where ? await db.cart.findUnique({ where, select: { id: true } }) : null;
  return { owner, cartId: cart?.id ?? null };
}

/**
 * The request's cart, created when missing. A new guest gets a fresh token: `setCookie` is then the
 * header the response must carry, otherwise null.
 */
export async function openCart(db: Db, request: Request): Promise<{ cartId: string; setCookie: string | null }> {
  const { owner, cartId } = await getCartForRequest(db, request);
  if (cartId) return { cartId, setCookie: null };
  if ("userId" in owner) {
    const cart = await db.cart.upsert({
      where: { userId: owner.userId },
      create: { userId: owner.userId },
      update: {},
    });
    return { cartId: cart.id, setCookie: null };
  }
  const token = newToken();
  const cart = await db.cart.create({ data: { guestToken: tokenDigest(token) } });
  return { cartId: cart.id, setCookie: privateCookie(GUEST_CART_COOKIE, token, GUEST_CART_SECONDS) };
}

/** Number of pieces in the request's cart, for the header link. */
export async function cartCount(db: Db, request: Request, user?: { id: string } | null): Promise<number> {
  const { cartId } = await getCartForRequest(db, request, user);
  if (!cartId) return 0;
  const { _sum } = await db.cartItem.aggregate({ where: { cartId }, _sum: { quantity: true } });
  return _sum.quantity ?? 0;
}

/** Empties a cart, e.g. once checkout has turned it into an order (pass the transaction client). */
export async function clearCart(db: Pick<Db, "cartItem">, cartId: string): Promise<void> {
  await db.cartItem.deleteMany({ where: { cartId } });
}

export const clearGuestCartCookie = () => privateCookie(GUEST_CART_COOKIE, "", 0);
