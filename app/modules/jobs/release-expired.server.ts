import { closeProviderCheckout } from "~/modules/orders/close-checkout.server";
import { cancelUnpaidOrder } from "~/modules/orders/transitions.server";
import type { PaymentProvider } from "~/modules/payments/provider";
import type { Db } from "~/utils/db.server";

const BATCH = 200;

/**
 * Ends card orders whose stock hold has run out unpaid, through the same path as the provider's
 * "payment.expired" event: whichever comes first cancels the order and returns the stock, the
 * other finds the order no longer awaiting payment and does nothing. Returns how many it ended.
 * The provider's page is closed first, so a buyer cannot pay for stock that went back on sale;
 * if they paid a moment before, the payment is applied here and the order placed.
 */
export async function releaseExpiredReservations(
  db: Db,
  provider: PaymentProvider | null,
  now = new Date(),
): Promise<number> {
  let released = 0;
  for (;;) {
    const due = await db.order.findMany({
      where: {
        status: "AWAITING_PAYMENT",
        reservations: { some: { expiresAt: { lte: now }, releasedAt: null, consumedAt: null } },
      },
      select: { id: true, payments: { where: { provider: "STRIPE" }, select: { providerRef: true } } },
      orderBy: { createdAt: "asc" },
      take: BATCH,
    });
    for (const order of due) {
      const providerRef = order.payments[0]?.providerRef;
      const closing =
        provider && providerRef ? await closeProviderCheckout(db, provider, order.id, providerRef) : "closed";
      if (closing === "paid" || closing === "pending") continue;
      if (await db.$transaction((tx) => cancelUnpaidOrder(tx, order.id, "EXPIRED", now))) released++;
    }
    if (due.length < BATCH) return released;
  }
}
