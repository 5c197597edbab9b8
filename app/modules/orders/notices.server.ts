import type { Prisma } from "~/generated/prisma/client";
import { notify, type NoticeKind, type NoticePayload } from "~/modules/notifications/notify.server";

type Tx = Prisma.TransactionClient;

const orderFacts = {
  id: true,
  number: true,
  totalMinor: true,
  buyerId: true,
  email: true,
  locale: true,
  subOrders: { select: { id: true, itemsTotalMinor: true, artisan: { select: { userId: true } } } },
} as const;

/**
 * The buyer hears at the contact email given at checkout (a guest has no other), in the order's
 * language; with an account they also get the in-app notice.
 */
export async function notifyBuyer(tx: Tx, orderId: string, kind: NoticeKind, extra: NoticePayload = {}) {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: orderFacts });
  await notify(tx, {
    userId: order.buyerId,
    kind,
    payload: { orderId: order.id, number: order.number, totalMinor: Number(order.totalMinor), ...extra },
    email: { to: order.email, locale: order.locale },
  });
}

/** Each artisan in the order hears about their own part of it, in their own language. */
export async function notifyArtisans(tx: Tx, orderId: string, kind: NoticeKind) {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: orderFacts });
  for (const sub of order.subOrders) {
    await notify(tx, {
      userId: sub.artisan.userId,
      kind,
      payload: {
        orderId: order.id,
        subOrderId: sub.id,
        number: order.number,
        itemsTotalMinor: Number(sub.itemsTotalMinor),
      },
    });
  }
}

/** A placed order (paid by card, or cash on delivery): the buyer gets a receipt, artisans the news. */
export async function announcePlacedOrder(tx: Tx, orderId: string) {
  await notifyBuyer(tx, orderId, "order.placed");
  await notifyArtisans(tx, orderId, "order.received");
}
