import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { fromMinor } from "~/utils/money";
import { ownedBy, type OrderOwner } from "./owner";
import { refundDue } from "./refunds.server";
import { branchTexts, branchTextSelect } from "~/modules/config/offered-branches.server";

/** A buyer's orders (account and signed guest cookie), newest first, for "My orders". Money as Money (JSON-safe). */
export async function listOrdersForBuyer(db: Db, owner: OrderOwner, locale: Locale) {
  const orders = await db.order.findMany({
    where: ownedBy(owner),
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      number: true,
      status: true,
      paymentMethod: true,
      totalMinor: true,
      createdAt: true,
      subOrders: {
        select: { status: true, artisan: { select: { displayName: true } }, _count: { select: { items: true } } },
      },
    },
  });
  return orders.map(({ totalMinor, subOrders, ...order }) => ({
    ...order,
    total: fromMinor(totalMinor),
    artisans: subOrders.map((sub) => uzbekText(sub.artisan.displayName, locale)),
    subOrderStatuses: subOrders.map((sub) => sub.status),
    itemCount: subOrders.reduce((sum, sub) => sum + sub._count.items, 0),
  }));
}

export type BuyerOrderSummary = Awaited<ReturnType<typeof listOrdersForBuyer>>[number];

/** One order of this buyer (null for anyone else's): delivery, payment, each artisan's part and its timeline. */
export async function getOrderForBuyer(db: Db, owner: OrderOwner, orderId: string, locale: Locale) {
  const order = await db.order.findFirst({
    where: { AND: [{ id: orderId }, ownedBy(owner)] },
    include: {
      reservations: { select: { expiresAt: true } },
      branch: {
        select: { id: true, nameUz: true, nameRu: true, nameEn: true, phone: true, ...branchTextSelect },
      },
      payments: {
        orderBy: { createdAt: "asc" },
        select: {
          provider: true,
          status: true,
          amountMinor: true,
          refunds: { select: { amountMinor: true, createdAt: true } },
        },
      },
      subOrders: {
        orderBy: { createdAt: "asc" },
        include: {
          artisan: { select: { handle: true, displayName: true } },
          items: {
            select: {
              id: true,
              listingId: true,
              titleUz: true,
              titleRu: true,
              titleEn: true,
              unitPriceMinor: true,
              quantity: true,
              listing: { select: { slug: true } },
              review: { select: { id: true } },
            },
          },
          events: { orderBy: { createdAt: "asc" }, select: { status: true, note: true, createdAt: true } },
        },
      },
    },
  });
  if (!order) return null;
  const { totalMinor, payments, subOrders, reservations, branch, ...rest } = order;
  return {
    ...rest,
    // What the buyer typed and the branch's details are Uzbek text: shown in the page's script.
    contactName: uzbekText(rest.contactName, locale),
    street: rest.street === null ? null : uzbekText(rest.street, locale),
    branch: branch && {
      name: localized(branch, "name", locale),
      ...branchTexts(branch, locale),
      phone: branch.phone,
    },
    // Until when a card order's stock is held for its payment.
    holdUntil: reservations.length > 0 ? new Date(Math.min(...reservations.map((r) => r.expiresAt.getTime()))) : null,
    total: fromMinor(totalMinor),
    payments: payments.map(({ amountMinor, refunds, ...p }) => ({
      ...p,
      amount: fromMinor(amountMinor),
      refunds: refunds.map((r) => ({ amount: fromMinor(r.amountMinor), at: r.createdAt })),
    })),
    subOrders: subOrders.map((sub) => ({
      id: sub.id,
      status: sub.status,
      artisan: { handle: sub.artisan.handle, displayName: uzbekText(sub.artisan.displayName, locale) },
      itemsTotal: fromMinor(sub.itemsTotalMinor),
      declineReason: sub.declineReason,
      items: sub.items.map((item) => ({
        id: item.id,
        listingId: item.listingId,
        slug: item.listing.slug,
        title: localized(item, "title", locale),
        unitPrice: fromMinor(item.unitPriceMinor),
        quantity: item.quantity,
        reviewed: item.review !== null,
      })),
      timeline: sub.events.map((e) => ({ status: e.status, note: e.note, at: e.createdAt })),
    })),
  };
}

export type BuyerOrder = NonNullable<Awaited<ReturnType<typeof getOrderForBuyer>>>;

/**
 * Card payments with money owed back to the buyer: paid after the hold expired, a refund the
 * provider refused at cancellation or when an artisan declined their part — for staff to refund.
 * `owedMinor` is what is still to return (refundDue less the refunds recorded).
 */
export async function paymentsOwingRefund(db: Db) {
  const candidates = await db.payment.findMany({
    where: {
      provider: "STRIPE",
      status: { in: ["SUCCEEDED", "PARTIALLY_REFUNDED"] },
      order: { OR: [{ status: "CANCELLED" }, { subOrders: { some: { status: { in: ["DECLINED", "CANCELLED"] } } } }] },
    },
    select: {
      id: true,
      providerRef: true,
      amountMinor: true,
      order: { select: { id: true, number: true } },
      refunds: { select: { amountMinor: true } },
    },
    orderBy: { updatedAt: "asc" },
  });
  const owing = [];
  for (const { refunds, ...payment } of candidates) {
    const refunded = refunds.reduce((sum, r) => sum + r.amountMinor, 0n);
    const owedMinor = (await refundDue(db, payment.order.id, payment.amountMinor)) - refunded;
    if (owedMinor > 0n) owing.push({ ...payment, owedMinor });
  }
  return owing;
}
