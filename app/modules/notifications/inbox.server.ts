import type { Db } from "~/utils/db.server";
import { createI18n } from "~/utils/i18n/i18n.server";
import type { Locale } from "~/utils/i18n/locales";
import { noticeValues, type NoticeKind, type NoticePayload } from "./notify.server";

export const INBOX_SIZE = 50;

type NoticeLink = {
  to: string;
  /** What the link says: the page it opens, never one kind's words for another's. */
  label:
    | "notifications.page.openOrder"
    | "notifications.page.openReviews"
    | "notifications.page.openListings"
    | "notifications.page.openEarnings"
    | "notifications.page.openBadge"
    | "notifications.page.openBadgeQueue"
    | "notifications.page.openArtisan"
    | "notifications.page.openChecklists"
    | "notifications.page.openSubsidy"
    | "notifications.page.openClaim";
};

const PAGES: Partial<Record<NoticeKind, NoticeLink>> = {
  "review.received": { to: "/studio/reviews", label: "notifications.page.openReviews" },
  "review.answered": { to: "/account/reviews", label: "notifications.page.openReviews" },
  "payout.recorded": { to: "/studio/earnings", label: "notifications.page.openEarnings" },
  "listing.approved": { to: "/studio", label: "notifications.page.openListings" },
  "listing.rejected": { to: "/studio", label: "notifications.page.openListings" },
  "badge.requested": { to: "/badges", label: "notifications.page.openBadgeQueue" },
  "badge.granted": { to: "/studio/badge", label: "notifications.page.openBadge" },
  "badge.grantedNoEnd": { to: "/studio/badge", label: "notifications.page.openBadge" },
  "badge.sentBack": { to: "/studio/badge", label: "notifications.page.openBadge" },
  "badge.lapsingSoon": { to: "/studio/badge", label: "notifications.page.openBadge" },
  "badge.lapsed": { to: "/studio/badge", label: "notifications.page.openBadge" },
  "badge.revoked": { to: "/studio/badge", label: "notifications.page.openBadge" },
  "checklist.waiting": { to: "/studio/checklists", label: "notifications.page.openChecklists" },
  "subsidy.submitted": { to: "/studio/subsidy", label: "notifications.page.openSubsidy" },
  "subsidy.approved": { to: "/studio/subsidy", label: "notifications.page.openSubsidy" },
  "subsidy.rejected": { to: "/studio/subsidy", label: "notifications.page.openSubsidy" },
  "subsidy.paid": { to: "/studio/subsidy", label: "notifications.page.openSubsidy" },
};

/**
 * Where a notice leads and what its link says: the order it is about, or the page where the person
 * acts on it. Only paths of this app, built from ids, so a payload can never point elsewhere.
 */
export function noticeLink(kind: string, payload: NoticePayload): NoticeLink | null {
  const page = PAGES[kind as NoticeKind];
  if (page) return page;
  // A social worker's notice about an artisan opens that artisan's onboarding page.
  if (kind === "consent.withdrawn" && typeof payload.artisanId === "string")
    return {
      to: `/caseload/artisans/${encodeURIComponent(payload.artisanId)}`,
      label: "notifications.page.openArtisan",
    };
  // A social worker's notice about a claim opens the claim.
  if (kind.startsWith("subsidy.") && typeof payload.claimId === "string")
    return { to: `/subsidies/${encodeURIComponent(payload.claimId)}`, label: "notifications.page.openClaim" };
  // An artisan's notice names their part of the order; a buyer's names the whole order.
  const label = "notifications.page.openOrder";
  if (typeof payload.subOrderId === "string")
    return { to: `/studio/orders/${encodeURIComponent(payload.subOrderId)}`, label };
  if (typeof payload.orderId === "string") return { to: `/orders/${encodeURIComponent(payload.orderId)}`, label };
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
    const values = noticeValues(payload, locale);
    const link = noticeLink(row.kind, payload);
    return {
      id: row.id,
      title: t(`notifications.${row.kind}.title`, values),
      body: t(`notifications.${row.kind}.body`, values),
      createdAt: row.createdAt,
      unread: row.readAt === null,
      link: link && { to: link.to, text: t(link.label) },
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
