import { data, redirect } from "@remix-run/node";
import { getPaymentProvider } from "~/modules/payments/stripe-provider.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getUser } from "~/utils/auth.server";
import type { Db } from "~/utils/db.server";
import { badRequest, notFound } from "~/utils/http.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { cancelOrderBeforeAcceptance } from "./cancel-order.server";
import { requestOrderOwner } from "./guest-orders.server";
import { getOrderForBuyer, type BuyerOrder } from "./queries.server";

/** The buyer can still cancel: nothing paid yet, or placed and no artisan has accepted. */
export function isCancellable(order: Pick<BuyerOrder, "status" | "subOrders">): boolean {
  if (order.status === "AWAITING_PAYMENT") return true;
  return order.status === "PLACED" && order.subOrders.every((sub) => sub.status === "PLACED");
}

/** The order page of its owner (account or signed guest cookie); anyone else gets a 404. */
export async function orderPage(db: Db, request: Request, orderId: string) {
  const user = await getUser(request);
  const locale = requestLocale(request);
  const order = await getOrderForBuyer(db, requestOrderOwner(request, user), orderId, locale);
  if (!order) notFound();
  return {
    order,
    place: await placeNames(db, order, locale),
    cancellable: isCancellable(order),
    signedIn: user !== null,
  };
}

/** The names of the courier address's places, in the page's language. */
async function placeNames(db: Db, order: Pick<BuyerOrder, "regionId" | "districtId" | "mahallaId">, locale: Locale) {
  const [region, district, mahalla] = await Promise.all([
    order.regionId ? db.region.findUnique({ where: { id: order.regionId } }) : null,
    order.districtId ? db.district.findUnique({ where: { id: order.districtId } }) : null,
    order.mahallaId ? db.mahalla.findUnique({ where: { id: order.mahallaId } }) : null,
  ]);
  return {
    region: region ? localized(region, "name", locale) : null,
    district: district ? localized(district, "name", locale) : null,
    mahalla: mahalla ? uzbekText(mahalla.name, locale) : null,
  };
}

/** intent=cancel: cancels for the owner, then shows the order again with what happened to the money. */
export async function orderPageAction(db: Db, request: Request, orderId: string) {
  const form = await request.formData();
  if (form.get("intent") !== "cancel") badRequest();
  const owner = requestOrderOwner(request, await getUser(request));
  const result = await cancelOrderBeforeAcceptance(db, getPaymentProvider(), { orderId, owner });
  if (result.ok) return redirect(`/orders/${orderId}?cancelled=${result.refund}`);
  if (result.reason === "notFound") notFound();
  return data({ error: "orders.errors.notCancellable" }, { status: 409 });
}
