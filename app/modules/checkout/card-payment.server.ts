import { localized } from "~/utils/i18n/localized";
import { isLocale } from "~/utils/i18n/locales";
import type { PaymentProvider } from "~/modules/payments/provider";
import { cancelUnpaidOrder } from "~/modules/orders/transitions.server";
import { audit } from "~/utils/audit.server";
import type { Db } from "~/utils/db.server";
import { fromMinor } from "~/utils/money";
import type { Outcome } from "~/utils/result";

// Stripe keeps a checkout open for at least 30 minutes, longer than the 15-minute hold; a payment
// arriving after the hold ended is handled by applyPaymentEvent (recorded, refund owed).
// The expiry is derived from the order alone (never from "now"), so a double-submitted checkout
// sends identical parameters under the same idempotency key and gets the same session back.
const PROVIDER_MINIMUM_MS = 33 * 60_000;
const GRACE_MS = 2 * 60_000;

export type StartCardPaymentResult = Outcome<"notPayable" | "alreadyStarted" | "providerFailed", { url: string }>;

/**
 * Opens the provider's hosted payment page for an order awaiting payment and remembers its
 * reference. If the provider cannot be reached the order is cancelled and its stock returned at
 * once, rather than held for 15 minutes for a payment that cannot happen.
 */
export async function startCardPayment(
  db: Db,
  provider: PaymentProvider,
  orderId: string,
  urls: { successUrl: string; cancelUrl: string },
  now = new Date(),
): Promise<StartCardPaymentResult> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: {
      payments: { where: { provider: "STRIPE" } },
      reservations: { select: { expiresAt: true } },
      subOrders: { include: { items: true } },
    },
  });
  const payment = order?.payments[0];
  if (!order || !payment || order.status !== "AWAITING_PAYMENT") return { ok: false, reason: "notPayable" };
  if (payment.providerRef) return { ok: false, reason: "alreadyStarted" };

  const holdEnds = Math.min(...order.reservations.map((r) => r.expiresAt.getTime()));
  const expiresAt = new Date(Math.max(holdEnds + GRACE_MS, order.createdAt.getTime() + PROVIDER_MINIMUM_MS));
  let session: { providerRef: string; url: string };
  try {
    session = await provider.createCheckout({
      orderId: order.id,
      orderNumber: order.number,
      customerEmail: order.email,
      locale: order.locale,
      lines: order.subOrders.flatMap((sub) =>
        sub.items.map((item) => ({
          name: localized(item, "title", isLocale(order.locale) ? order.locale : "uz"),
          unitAmount: fromMinor(item.unitPriceMinor),
          quantity: item.quantity,
        })),
      ),
      ...urls,
      expiresAt,
    });
  } catch (error) {
    await db.$transaction(async (tx) => {
      await cancelUnpaidOrder(tx, order.id, "FAILED", now);
      await audit(tx, {
        actorId: null,
        action: "payment.checkout_failed",
        entity: "Order",
        entityId: order.id,
        detail: { error: String(error) },
      });
    });
    return { ok: false, reason: "providerFailed" };
  }
  await db.payment.updateMany({
    where: { id: payment.id, providerRef: null },
    data: { providerRef: session.providerRef },
  });
  return { ok: true, url: session.url };
}
