import { redirect } from "@remix-run/node";
import { getCartForRequest } from "~/modules/cart/cart.server";
import { cartSummary } from "~/modules/cart/summary.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getUser } from "~/utils/auth.server";
import type { Db } from "~/utils/db.server";
import { regionOptions } from "./places.server";

/**
 * What the checkout page shows before anything is typed: the cart as it is now (an empty cart
 * goes back to /cart), the regions to choose from (their districts and branches come with the
 * choice), and the signed-in buyer's contact.
 */
export async function checkoutPage(db: Db, request: Request) {
  const locale = requestLocale(request);
  const user = await getUser(request);
  const { cartId } = await getCartForRequest(db, request, user);
  const summary = await cartSummary(db, cartId, locale);
  if (summary.groups.length === 0) throw redirect("/cart");
  return {
    summary,
    regions: await regionOptions(db, locale),
    contact: { name: user?.name ?? "", email: user?.email ?? "", phone: user?.phone ?? "" },
  };
}
