import type { Prisma } from "~/generated/prisma/client";
import { notify, type NoticeKind } from "~/modules/notifications/notify.server";
import { notifyBuyer } from "~/modules/orders/notices.server";

type Tx = Prisma.TransactionClient;

/**
 * One part of an order moved: its artisan hears about their part (the payload names the
 * sub-order, so the notice leads to the studio), the buyer about the order.
 */
export async function notifyPart(
  tx: Tx,
  subOrderId: string,
  kind: NoticeKind,
  to: { buyer: boolean; artisan: boolean },
) {
  const sub = await tx.subOrder.findUniqueOrThrow({
    where: { id: subOrderId },
    select: { orderId: true, order: { select: { number: true } }, artisan: { select: { userId: true } } },
  });
  if (to.artisan) {
    await notify(tx, {
      userId: sub.artisan.userId,
      kind,
      payload: { orderId: sub.orderId, subOrderId, number: sub.order.number },
    });
  }
  if (to.buyer) await notifyBuyer(tx, sub.orderId, kind);
}
