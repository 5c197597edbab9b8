import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { clearCart, getCartForRequest } from "~/modules/cart/cart.server";
import { cartSummary } from "~/modules/cart/summary.server";
import { rememberGuestOrder } from "~/modules/orders/guest-orders.server";
import { getPaymentProvider } from "~/modules/payments/stripe-provider.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getUser } from "~/utils/auth.server";
import type { Db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { startCardPayment } from "./card-payment.server";
import { CheckoutSchema, deliveryOf } from "./checkout-schema";
import { lostLinesRefusal, shownListings } from "./lost-lines.server";
import { otherPieces, type OtherPieces } from "./other-pieces.server";
import { placeOrder } from "./place-order.server";
import { chosenPlaces } from "./places.server";
import type { PlaceOrderRefusal } from "./types";

// "Show districts" (no JavaScript) only re-renders the form with what was typed: nothing is checked.
const AnyValues = z.object({});

/**
 * Places the order from the cart as it is now (each line's payable quantity, current prices),
 * then empties the cart and sends the buyer on: card → the provider's payment page, cash → the
 * order. A guest's browser remembers the order in the signed cookie. Any refusal comes back with
 * everything typed, and the districts of the chosen region.
 */
export async function checkoutAction(db: Db, request: Request) {
  const formData = await request.formData();
  const locale = requestLocale(request);
  const text = (name: string) => String(formData.get(name) ?? "") || undefined;
  const places = await chosenPlaces(db, { regionId: text("regionId"), districtId: text("districtId") }, locale);
  const answer = (
    result: SubmissionResult<string[]>,
    status = 400,
    orderError: PlaceOrderRefusal | null = null,
    headers?: Headers,
    others: OtherPieces[] = [],
  ) => data({ result, places, orderError, others }, { status, headers });
  // A piece that sold out: say so by name, and offer its artisan's other pieces.
  const refuse = async (result: SubmissionResult<string[]>, refusal: PlaceOrderRefusal) =>
    answer(
      result,
      409,
      refusal,
      undefined,
      refusal.reason === "soldOut" ? await otherPieces(db, refusal.listingIds, locale) : [],
    );

  if (formData.get("intent") === "places") return answer(parseWithZod(formData, { schema: AnyValues }).reply(), 200);
  const submission = parseWithZod(formData, { schema: CheckoutSchema });
  if (submission.status !== "success") return answer(submission.reply());

  const user = await getUser(request);
  const { cartId } = await getCartForRequest(db, request, user);
  const summary = await cartSummary(db, cartId, locale);
  const all = summary.groups.flatMap((g) => g.lines);
  const lost = lostLinesRefusal(all, shownListings(formData.get("shown")), locale);
  if (lost) return refuse(submission.reply(), lost);
  const lines = all.filter((l) => l.payableQuantity > 0);
  const { name, email, phone, paymentMethod } = submission.value;
  const placed = await placeOrder(db, {
    buyerId: user?.id ?? null,
    lines: lines.map((l) => ({ listingId: l.listingId, quantity: l.payableQuantity })),
    contact: { name, email, phone },
    delivery: deliveryOf(submission.value),
    paymentMethod,
    locale,
  });
  if (!placed.ok) {
    // Lost in the race inside placeOrder: whether anything else in the cart can still be bought.
    if (placed.reason !== "soldOut") return refuse(submission.reply(), placed);
    const { listingIds } = placed;
    return refuse(submission.reply(), { ...placed, rest: lines.some((l) => !listingIds.includes(l.listingId)) });
  }

  const headers = new Headers();
  if (!user) headers.append("Set-Cookie", rememberGuestOrder(request, placed.orderId));
  const orderUrl = `/orders/${placed.orderId}`;
  if (paymentMethod === "CASH_ON_DELIVERY") {
    await clearCart(db, cartId!);
    return redirect(`${orderUrl}?placed=1`, { headers });
  }
  const base = `${getEnv().APP_URL}${orderUrl}`;
  const payment = await startCardPayment(db, getPaymentProvider(), placed.orderId, {
    successUrl: `${base}?payment=success`,
    cancelUrl: `${base}?payment=cancelled`,
  });
  // The provider could not be reached: the order was cancelled, so the cart stays as it was.
  if (!payment.ok && payment.reason === "providerFailed")
    return answer(submission.reply({ formErrors: ["orders.errors.paymentUnavailable"] }), 502, null, headers);
  await clearCart(db, cartId!);
  return redirect(payment.ok ? payment.url : orderUrl, { headers });
}
