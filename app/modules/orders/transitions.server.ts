import type { Prisma, SubOrderStatus } from "~/generated/prisma/client";
import { announcePlacedOrder, notifyBuyer } from "./notices.server";

type Tx = Prisma.TransactionClient;

// Every change below is a conditional write (`WHERE status = …`), so two callers racing for the
// same order — a late webhook and the expiry job, a double click — change it once: the second
// waits for the first's row lock, then finds the condition false and does nothing.

type TimelineEvent = { actorId?: string | null; onBehalfOf?: string | null; note?: string };

/**
 * Moves an order's sub-orders that are in one of `from` to `to`, one conditional write each, and
 * logs each move on the timeline. Returns the ones it moved.
 */
export async function moveSubOrders(
  tx: Tx,
  orderId: string,
  from: SubOrderStatus[],
  to: SubOrderStatus,
  event: TimelineEvent = {},
) {
  const candidates = await tx.subOrder.findMany({ where: { orderId, status: { in: from } }, select: { id: true } });
  const moved: string[] = [];
  for (const { id } of candidates) if (await moveSubOrder(tx, id, from, to, event)) moved.push(id);
  return moved;
}

/** One sub-order from one of `from` to `to` (a conditional write), logged on the timeline; false if it had moved on. */
export async function moveSubOrder(
  tx: Tx,
  subOrderId: string,
  from: SubOrderStatus[],
  to: SubOrderStatus,
  event: TimelineEvent = {},
) {
  const changed = await tx.subOrder.updateMany({
    where: { id: subOrderId, status: { in: from } },
    data: { status: to },
  });
  if (changed.count === 0) return false;
  await logSubOrderEvent(tx, subOrderId, to, event);
  return true;
}

/** A timeline row: a move, or news within a status (a new pickup choice), with who did it. */
export async function logSubOrderEvent(tx: Tx, subOrderId: string, status: SubOrderStatus, event: TimelineEvent) {
  await tx.subOrderEvent.create({
    data: {
      subOrderId,
      status,
      actorId: event.actorId ?? null,
      onBehalfOf: event.onBehalfOf ?? null,
      note: event.note ?? null,
    },
  });
}

/**
 * Puts held or sold stock back on the shelf, once per reservation: `releasedAt` marks stock that
 * has been returned, whether the reservation was still held or already consumed by a sale.
 */
export async function returnStock(tx: Tx, orderId: string, now: Date, onlyListings?: string[]) {
  const held = await tx.stockReservation.findMany({
    where: { orderId, releasedAt: null, ...(onlyListings && { listingId: { in: onlyListings } }) },
    orderBy: { listingId: "asc" },
  });
  for (const reservation of held) {
    const claimed = await tx.stockReservation.updateMany({
      where: { id: reservation.id, releasedAt: null },
      data: { releasedAt: now },
    });
    if (claimed.count === 1) {
      await tx.listing.update({
        where: { id: reservation.listingId },
        data: { stock: { increment: reservation.quantity } },
      });
    }
  }
}

/** Card payment went through while the order still waited: it is placed and the stock is sold. */
export async function placePaidOrder(tx: Tx, orderId: string, now: Date): Promise<boolean> {
  const placed = await tx.order.updateMany({
    where: { id: orderId, status: "AWAITING_PAYMENT" },
    data: { status: "PLACED" },
  });
  if (placed.count === 0) return false;
  await moveSubOrders(tx, orderId, ["AWAITING_PAYMENT"], "PLACED", { note: "payment.succeeded" });
  await tx.stockReservation.updateMany({
    where: { orderId, releasedAt: null, consumedAt: null },
    data: { consumedAt: now },
  });
  await announcePlacedOrder(tx, orderId);
  return true;
}

/**
 * The one path that ends an unpaid order — payment expired or failed, the expiry job, a failed
 * checkout start: order and sub-orders CANCELLED, payment marked, stock returned, buyer told.
 */
export async function cancelUnpaidOrder(
  tx: Tx,
  orderId: string,
  outcome: "EXPIRED" | "FAILED",
  now: Date,
): Promise<boolean> {
  const cancelled = await tx.order.updateMany({
    where: { id: orderId, status: "AWAITING_PAYMENT" },
    data: { status: "CANCELLED" },
  });
  if (cancelled.count === 0) return false;
  await tx.payment.updateMany({ where: { orderId, status: "PENDING" }, data: { status: outcome } });
  await moveSubOrders(tx, orderId, ["AWAITING_PAYMENT"], "CANCELLED", { note: `payment.${outcome.toLowerCase()}` });
  await returnStock(tx, orderId, now);
  await notifyBuyer(tx, orderId, outcome === "EXPIRED" ? "order.paymentExpired" : "order.paymentFailed");
  return true;
}
