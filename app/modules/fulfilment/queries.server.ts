import type { SubOrderStatus } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { fromMinor } from "~/utils/money";
import { branchTexts, branchTextSelect } from "~/modules/config/offered-branches.server";

/** The inbox's groups, in the order an artisan works through them. */
export const INBOX_GROUPS = {
  new: ["PLACED"],
  accepted: ["ACCEPTED"],
  waiting: ["READY"],
  done: ["PICKED_UP", "AT_BRANCH", "DELIVERED", "DECLINED", "CANCELLED", "REFUNDED"],
} as const satisfies Record<string, readonly SubOrderStatus[]>;
export type InboxGroup = keyof typeof INBOX_GROUPS;

const partSelect = {
  id: true,
  status: true,
  itemsTotalMinor: true,
  createdAt: true,
  order: { select: { number: true, createdAt: true, deliveryMethod: true } },
  items: { select: { id: true, titleUz: true, titleRu: true, titleEn: true, quantity: true, unitPriceMinor: true } },
} as const;

type PartRow = {
  id: string;
  status: SubOrderStatus;
  itemsTotalMinor: bigint;
  order: { number: string; createdAt: Date; deliveryMethod: string };
  items: {
    id: string;
    titleUz: string;
    titleRu: string | null;
    titleEn: string | null;
    quantity: number;
    unitPriceMinor: bigint;
  }[];
};

const toPart = (sub: PartRow, locale: Locale) => ({
  id: sub.id,
  status: sub.status,
  number: sub.order.number,
  placedAt: sub.order.createdAt,
  deliveryMethod: sub.order.deliveryMethod,
  total: fromMinor(sub.itemsTotalMinor),
  items: sub.items.map((i) => ({
    id: i.id,
    title: localized(i, "title", locale),
    quantity: i.quantity,
    unitPrice: fromMinor(i.unitPriceMinor),
  })),
});

/** The artisan's parts of orders (not those still awaiting card payment), newest first, by group. */
export async function studioInbox(db: Db, artisanId: string, locale: Locale) {
  const rows = await db.subOrder.findMany({
    where: { artisanId, status: { not: "AWAITING_PAYMENT" } },
    orderBy: { createdAt: "desc" },
    select: partSelect,
    take: 200,
  });
  const parts = rows.map((row) => toPart(row, locale));
  const groups = Object.keys(INBOX_GROUPS) as InboxGroup[];
  return groups.map((group) => ({
    group,
    parts: parts.filter((p) => (INBOX_GROUPS[group] as readonly string[]).includes(p.status)),
  }));
}

/**
 * One part of the artisan's own (null for anyone else's): items, how it travels, the pickup
 * chosen, its timeline. Of the buyer only the first name and district: the courier and the
 * association handle the delivery, so the artisan needs no street or phone.
 */
export async function studioPart(db: Db, artisanId: string, subOrderId: string, locale: Locale) {
  const sub = await db.subOrder.findFirst({
    where: { id: subOrderId, artisanId, status: { not: "AWAITING_PAYMENT" } },
    select: {
      ...partSelect,
      declineReason: true,
      order: { select: { number: true, createdAt: true, deliveryMethod: true, contactName: true, districtId: true } },
      artisan: { select: { displayName: true, districtId: true } },
      events: { orderBy: { createdAt: "asc" }, select: { status: true, note: true, createdAt: true } },
      pickup: {
        select: {
          kind: true,
          status: true,
          pickupWindowId: true,
          branchId: true,
          pickupWindow: { select: { date: true, startsAt: true, endsAt: true } },
          branch: { select: { nameUz: true, nameRu: true, nameEn: true, ...branchTextSelect } },
        },
      },
    },
  });
  if (!sub) return null;
  const district = sub.order.districtId ? await db.district.findUnique({ where: { id: sub.order.districtId } }) : null;
  const { pickup } = sub;
  return {
    ...toPart(sub, locale),
    declineReason: sub.declineReason,
    artisan: { ...sub.artisan, displayName: uzbekText(sub.artisan.displayName, locale) },
    buyer: {
      firstName: uzbekText(sub.order.contactName.trim().split(/\s+/)[0] ?? "", locale),
      district: district ? localized(district, "name", locale) : null,
    },
    timeline: sub.events.map((e) => ({ status: e.status, note: e.note, at: e.createdAt })),
    pickup: pickup && {
      kind: pickup.kind,
      status: pickup.status,
      windowId: pickup.pickupWindowId,
      branchId: pickup.branchId,
      window: pickup.pickupWindow,
      branch: pickup.branch && {
        name: localized(pickup.branch, "name", locale),
        ...branchTexts(pickup.branch, locale),
      },
    },
  };
}

export type StudioPart = NonNullable<Awaited<ReturnType<typeof studioPart>>>;
export type InboxPart = Awaited<ReturnType<typeof studioInbox>>[number]["parts"][number];
