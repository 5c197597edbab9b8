import { auditNames, type StudioActor } from "~/modules/assisted/studio-actor.server";
import { notifyBuyer } from "~/modules/orders/notices.server";
import { refundOrOwe } from "~/modules/orders/provider-refund.server";
import { moveSubOrder, returnStock } from "~/modules/orders/transitions.server";
import type { PaymentProvider } from "~/modules/payments/provider";
import { audit } from "~/utils/audit.server";
import type { Db, Tx } from "~/utils/db.server";
import { createI18n } from "~/utils/i18n/i18n.server";
import { DEFAULT_LOCALE, isLocale } from "~/utils/i18n/locales";
import type { Outcome } from "~/utils/result";
import type { SubOrderStatus } from "~/generated/prisma/client";

export type RespondResult = Outcome<"notFound" | "notPlaced", { refund?: "none" | "recorded" | "owed" }>;

// A part still on its way to the buyer keeps the order alive.
const MOVING: SubOrderStatus[] = [
  "AWAITING_PAYMENT",
  "PLACED",
  "ACCEPTED",
  "READY",
  "PICKED_UP",
  "AT_BRANCH",
  "DELIVERED",
];

/** The artisan's own part, or null: another artisan's part is "not found", never "forbidden". */
export const ownPart = (tx: Pick<Db, "subOrder">, actor: StudioActor, subOrderId: string) =>
  tx.subOrder.findFirst({
    where: { id: subOrderId, artisanId: actor.artisanId },
    select: { id: true, orderId: true, status: true, itemsTotalMinor: true },
  });

/** PLACED → ACCEPTED, once: a second click, or a decline a moment earlier, finds it moved on. */
export async function acceptSubOrder(db: Db, actor: StudioActor, subOrderId: string): Promise<RespondResult> {
  return db.$transaction(async (tx) => {
    const part = await ownPart(tx, actor, subOrderId);
    if (!part) return { ok: false, reason: "notFound" };
    if (!(await moveSubOrder(tx, part.id, ["PLACED"], "ACCEPTED", auditNames(actor))))
      return { ok: false, reason: "notPlaced" };
    await audit(tx, { ...auditNames(actor), action: "subOrder.accepted", entity: "SubOrder", entityId: part.id });
    await notifyBuyer(tx, part.orderId, "order.accepted");
    return { ok: true };
  });
}

/**
 * PLACED → DECLINED with a reason (a listed code, or the artisan's words): the part's stock goes
 * back on sale, the order ends CANCELLED when no part is left moving, and the buyer is told. Then,
 * for a paid card order, the part's amount is refunded (or left owed if the provider fails).
 * `provider` is asked for only then, so cash orders need no card provider configured.
 */
export async function declineSubOrder(
  db: Db,
  provider: () => PaymentProvider,
  actor: StudioActor,
  input: { subOrderId: string; reason: string; reasonText: string },
  now = new Date(),
): Promise<RespondResult> {
  const outcome = await db.$transaction(async (tx) => {
    const part = await ownPart(tx, actor, input.subOrderId);
    if (!part) return { ok: false, reason: "notFound" } as const;
    if (
      !(await moveSubOrder(tx, part.id, ["PLACED"], "DECLINED", {
        ...auditNames(actor),
        note: `decline.${input.reason}`,
      }))
    )
      return { ok: false, reason: "notPlaced" } as const;
    await tx.subOrder.update({
      where: { id: part.id },
      data: { declineReason: input.reason === "other" ? input.reasonText : input.reason },
    });
    const items = await tx.orderItem.findMany({ where: { subOrderId: part.id }, select: { listingId: true } });
    await returnStock(
      tx,
      part.orderId,
      now,
      items.map((i) => i.listingId),
    );
    await endOrderIfNothingMoves(tx, part.orderId);
    await audit(tx, {
      ...auditNames(actor),
      action: "subOrder.declined",
      entity: "SubOrder",
      entityId: part.id,
      detail: { reason: input.reason },
    });
    await notifyBuyer(tx, part.orderId, "order.declined", { reason: await reasonForBuyer(tx, part.orderId, input) });
    const card = await tx.payment.findFirst({
      where: {
        orderId: part.orderId,
        provider: "STRIPE",
        status: { in: ["SUCCEEDED", "PARTIALLY_REFUNDED"] },
        providerRef: { not: null },
      },
    });
    return {
      ok: true,
      card: card && { id: card.id, providerRef: card.providerRef! },
      amountMinor: part.itemsTotalMinor,
    } as const;
  });
  if (!outcome.ok) return outcome;
  if (!outcome.card) return { ok: true, refund: "none" };
  return {
    ok: true,
    refund: await refundOrOwe(db, provider(), outcome.card, outcome.amountMinor, "declined_by_artisan", now),
  };
}

/** Every part declined or cancelled: the order is over; cash that will never be collected expires. */
async function endOrderIfNothingMoves(tx: Tx, orderId: string) {
  if ((await tx.subOrder.count({ where: { orderId, status: { in: MOVING } } })) > 0) return;
  await tx.order.updateMany({ where: { id: orderId, status: "PLACED" }, data: { status: "CANCELLED" } });
  await tx.payment.updateMany({ where: { orderId, provider: "CASH", status: "PENDING" }, data: { status: "EXPIRED" } });
}

/** The reason in the words the buyer reads (the order's language), for the notice. */
async function reasonForBuyer(tx: Tx, orderId: string, input: { reason: string; reasonText: string }) {
  if (input.reason === "other") return input.reasonText;
  const { locale } = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { locale: true } });
  return createI18n(isLocale(locale) ? locale : DEFAULT_LOCALE).t(`fulfilment.declineReasons.${input.reason}`);
}
