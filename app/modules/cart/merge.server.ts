import type { Db } from "~/utils/db.server";
import { tokenDigest } from "~/utils/tokens.server";
import { clearGuestCartCookie, GUEST_CART_COOKIE } from "./cart.server";
import { mostOf } from "./limits";
import { readCookie } from "~/utils/cookies";

/**
 * Moves a guest's cart into the account's cart after login or sign-up, in one transaction: the
 * quantities of the same listing add up (capped at stock, never below what the account already
 * had), and the guest cart is deleted. `guestToken` is the raw token from the guest's cookie.
 */
export async function mergeGuestCart(db: Db, guestToken: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const guest = await tx.cart.findUnique({
      where: { guestToken: tokenDigest(guestToken) },
      include: {
        items: {
          include: { listing: { select: { stock: true, priceMinor: true, artisan: { select: { userId: true } } } } },
        },
      },
    });
    if (!guest) return;
    const own = await tx.cart.upsert({ where: { userId }, create: { userId }, update: {} });
    for (const item of guest.items) {
      // An artisan who filled a cart before logging in does not get her own pieces in it.
      if (item.listing.artisan.userId === userId) continue;
      const key = { cartId_listingId: { cartId: own.id, listingId: item.listingId } };
      const had = (await tx.cartItem.findUnique({ where: key }))?.quantity ?? 0;
      const quantity = Math.max(had, Math.min(had + item.quantity, mostOf(item.listing.stock)));
      if (quantity < 1) continue;
      await tx.cartItem.upsert({
        where: key,
        create: { cartId: own.id, listingId: item.listingId, quantity, priceMinorAtAdd: item.priceMinorAtAdd },
        update: { quantity },
      });
    }
    await tx.cart.delete({ where: { id: guest.id } });
  });
}

/**
 * For login and sign-up, right after the session is created: merges the request's guest cart (if
 * any) into the account's. Returns the Set-Cookie header that forgets the guest token, or null.
 */
export async function takeOverGuestCart(db: Db, request: Request, userId: string): Promise<string | null> {
  const token = readCookie(request, GUEST_CART_COOKIE);
  if (!token) return null;
  await mergeGuestCart(db, token, userId);
  return clearGuestCartCookie();
}

/** The response headers for a fresh session: its cookie, plus forgetting the guest cart just merged. */
export async function sessionHeadersWithCart(
  db: Db,
  request: Request,
  userId: string,
  sessionCookie: string,
): Promise<Headers> {
  const headers = new Headers({ "Set-Cookie": sessionCookie });
  const forget = await takeOverGuestCart(db, request, userId);
  if (forget) headers.append("Set-Cookie", forget);
  return headers;
}
