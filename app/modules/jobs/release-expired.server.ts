import { cancelUnpaidOrder } from "~/modules/orders/transitions.server";
import type { Db } from "~/utils/db.server";

const BATCH = 200;

/**
 * Ends card orders whose stock hold has run out unpaid, through the same path as the provider's
 * "payment.expired" event: whichever comes first cancels the order and returns the stock, the
 * other finds the order no longer awaiting payment and does nothing. Returns how many it ended.
 */
export async function releaseExpiredReservations(db: Db, now = new Date()): Promise<number> {
  let released = 0;
  for (;;) {
    const due = await db.order.findMany({
      where: {
        status: "AWAITING_PAYMENT",
        reservations: { some: { expiresAt: { lte: now }, releasedAt: null, consumedAt: null } },
      },
      select: { id: true },
      orderBy: { createdAt: "asc" },
      take: BATCH,
    });
    for (const { id } of due) {
      if (await db.$transaction((tx) => cancelUnpaidOrder(tx, id, "EXPIRED", now))) released++;
    }
    if (due.length < BATCH) return released;
  }
}
