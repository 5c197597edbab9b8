import type { Db } from "~/utils/db.server";
import { createI18n } from "~/utils/i18n/i18n.server";
import type { Locale } from "~/utils/i18n/locales";
import { withMoney, type NoticePayload } from "./notify.server";

export const INBOX_SIZE = 50;

/**
 * Where a notice leads: the order it is about, or the page where the person acts on a review.
 * Only paths of this app, built from ids, so a payload can never point elsewhere.
 */
export function noticeLink(kind: string, payload: NoticePayload): string | null {
  if (kind === "review.received") return "/studio/reviews";
  if (kind === "review.answered") return "/account/reviews";
  if (kind === "payout.recorded") return "/studio/earnings";
  if (kind === "listing.approved" || kind === "listing.rejected") return "/studio";
  // An artisan's notice names their part of the order; a buyer's names the whole order.
  if (typeof payload.subOrderId === "string") return `/studio/orders/${encodeURIComponent(payload.subOrderId)}`;
  if (typeof payload.orderId === "string") return `/orders/${encodeURIComponent(payload.orderId)}`;
  return null;
}

/**
 * The person's newest notices, each written out in the language of the page being read now
 * (payloads hold plain values, so a notice sent in Uzbek reads in Russian after a switch).
 */
export async function inbox(db: Db, userId: string, locale: Locale) {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INBOX_SIZE,
  });
  const { t } = createI18n(locale);
  return rows.map((row) => {
    const payload = (row.payload ?? {}) as NoticePayload;
    const values = withMoney(payload, locale);
    return {
      id: row.id,
      title: t(`notifications.${row.kind}.title`, values),
      body: t(`notifications.${row.kind}.body`, values),
      createdAt: row.createdAt,
      unread: row.readAt === null,
      link: noticeLink(row.kind, payload),
    };
  });
}

export function unreadCount(db: Db, userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** Marks the person's own unread notices as read; nobody else's can be touched through it. */
export async function markAllRead(db: Db, userId: string, now = new Date()) {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return count;
}
