import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";

export const DONE_PAGE_SIZE = 50;

// Audit actions the artisan can read about, and the words (assisted.doneForMe.action.<word>) that say them.
const WORDS: Record<string, string> = {
  "listing.draft": "draft",
  "listing.step.about": "about",
  "listing.step.price": "price",
  "listing.priceStock": "price",
  "listing.step.details": "details",
  "listing.step.handmade": "handmade",
  "listing.submit": "submit",
  "listing.archive": "archive",
  "listing.photos.add": "photosAdd",
  "listing.photos.remove": "photoRemove",
  "listing.photos.describe": "photosDescribe",
  "review.answered": "reviewAnswered",
  "review.answerEdited": "reviewAnswerEdited",
  "assisted.started": "started",
  "assisted.stopped": "stopped",
  "order.accepted": "orderAccepted",
  "order.declined": "orderDeclined",
  "order.ready": "orderReady",
};

export type DoneEntry = {
  id: string;
  at: string;
  who: string;
  role: "HELPER" | "SOCIAL_WORKER" | null;
  word: string;
  /** null for a listing still without a title: the page says "untitled draft". */
  title: string | null;
  number: string | null;
  count: number;
};

const ids = (rows: { entity: string; entityId: string | null }[], entity: string) => [
  ...new Set(rows.filter((row) => row.entity === entity && row.entityId).map((row) => row.entityId!)),
];

/**
 * What helpers and social workers did for this artisan (audit rows with onBehalfOf = the artisan's
 * user), newest first, 50 at a time before the `before` row. Names and titles are looked up now:
 * the audit row itself holds ids only, never personal data.
 */
export async function doneForMe(db: Db, artisanUserId: string, locale: Locale, before?: bigint) {
  const rows = await db.auditLog.findMany({
    where: { onBehalfOf: artisanUserId, ...(before && { id: { lt: before } }) },
    orderBy: { id: "desc" },
    take: DONE_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, DONE_PAGE_SIZE);
  const [actors, listings, reviews, subOrders, orders] = await Promise.all([
    db.user.findMany({
      where: { id: { in: [...new Set(page.map((r) => r.actorId ?? ""))] } },
      select: { id: true, name: true, roles: true },
    }),
    db.listing.findMany({
      where: { id: { in: ids(page, "Listing") } },
      select: { id: true, titleUz: true, titleRu: true, titleEn: true },
    }),
    db.review.findMany({
      where: { id: { in: ids(page, "Review") } },
      select: { id: true, listing: { select: { titleUz: true, titleRu: true, titleEn: true } } },
    }),
    db.subOrder.findMany({
      where: { id: { in: ids(page, "SubOrder") } },
      select: { id: true, order: { select: { number: true } } },
    }),
    db.order.findMany({ where: { id: { in: ids(page, "Order") } }, select: { id: true, number: true } }),
  ]);
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const titleById = new Map<string, string>([
    ...listings.map((l) => [l.id, localized(l, "title", locale)] as const),
    ...reviews.map((r) => [r.id, localized(r.listing, "title", locale)] as const),
  ]);
  const numberById = new Map<string, string>([
    ...subOrders.map((s) => [s.id, s.order.number] as const),
    ...orders.map((o) => [o.id, o.number] as const),
  ]);
  const entries: DoneEntry[] = page.map((row) => {
    const actor = row.actorId ? actorById.get(row.actorId) : undefined;
    const detail = (row.detail ?? {}) as { added?: unknown };
    return {
      id: String(row.id),
      at: row.at.toISOString(),
      who: actor ? uzbekText(actor.name, locale) : "",
      role: actor?.roles.includes("SOCIAL_WORKER")
        ? "SOCIAL_WORKER"
        : actor?.roles.includes("HELPER")
          ? "HELPER"
          : null,
      word: WORDS[row.action] ?? "other",
      title: (row.entityId && titleById.get(row.entityId)) || null,
      number: (row.entityId && numberById.get(row.entityId)) || null,
      count: typeof detail.added === "number" ? detail.added : 1,
    };
  });
  return { entries, olderThan: rows.length > DONE_PAGE_SIZE ? entries.at(-1)!.id : null };
}
