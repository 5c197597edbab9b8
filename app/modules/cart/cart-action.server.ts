// The cart route's action: every cart form (the listing page's "add", the cart page's "update" and
// "remove") posts here with an `intent`, and gets a redirect back (post/redirect/get, so no form is
// resubmitted on reload and everything works without JavaScript).
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { isOwnListing } from "~/modules/listings/own-work.server";
import { getUser } from "~/utils/auth.server";
import type { Db } from "~/utils/db.server";
import { safeRedirect } from "~/utils/redirect.server";
import { addToCart, removeFromCart, setQuantity, type CartWrite } from "./cart-items.server";
import { getCartForRequest, openCart } from "./cart.server";
import { MAX_QUANTITY } from "./limits";

const listingId = z.string().min(1).max(40);
const quantity = z.coerce.number().int().min(1).max(MAX_QUANTITY);

const CartForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add"), listingId, quantity, returnTo: z.string().optional() }),
  z.object({ intent: z.literal("update"), listingId, quantity }),
  z.object({ intent: z.literal("remove"), listingId }),
]);

/** What the page shows after a write: a notice key and, for capped quantities, the count. */
function outcome(result: CartWrite, done: "added" | "updated"): Record<string, string> {
  if (!result.ok) return { cart: result.reason === "soldOut" ? "soldOut" : "unavailableNow" };
  return result.capped
    ? { cart: done === "added" ? "capped" : "quantityCapped", count: String(result.quantity) }
    : { cart: done };
}

/** A bad quantity on the cart page: the line shows the message and keeps what was typed. */
export type CartLineError = { listingId: string; typed: string; error: "cart.quantityInvalid" };

export async function cartAction(db: Db, request: Request) {
  const form = await request.formData();
  const parsed = CartForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    if (form.get("intent") === "add") throw redirect(safeRedirect(form.get("returnTo"), "/cart", { cart: "invalid" }));
    const line: CartLineError = {
      listingId: String(form.get("listingId") ?? ""),
      typed: String(form.get("quantity") ?? ""),
      error: "cart.quantityInvalid",
    };
    return data(line, { status: 400 });
  }
  const input = parsed.data;
  if (input.intent === "add") {
    // Her own piece is not hers to buy (nor for whoever acts for her): said on the page, nothing written.
    if (await isOwnListing(db, await getUser(request), input.listingId))
      throw redirect(safeRedirect(input.returnTo, "/cart", { cart: "own" }));
    const { cartId, setCookie } = await openCart(db, request);
    const result = await addToCart(db, cartId, input.listingId, input.quantity);
    const to = safeRedirect(input.returnTo, "/cart", outcome(result, "added"));
    throw redirect(to, setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined);
  }
  const { cartId } = await getCartForRequest(db, request);
  if (!cartId) throw redirect("/cart");
  if (input.intent === "remove") {
    await removeFromCart(db, cartId, input.listingId);
    throw redirect("/cart?cart=removed");
  }
  throw redirect(
    safeRedirect("/cart", "/cart", outcome(await setQuantity(db, cartId, input.listingId, input.quantity), "updated")),
  );
}
