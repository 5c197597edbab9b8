import type { Prisma } from "~/generated/prisma/client";
import type { Locale } from "~/utils/i18n/locales";
import { localized, uzbekText } from "~/utils/i18n/localized";

const names = { nameUz: true, nameRu: true, nameEn: true } as const;

/** What every list of pickups needs (no sealed column: contacts are read apart, audited). */
export const pickupFacts = {
  id: true,
  kind: true,
  status: true,
  stopOrder: true,
  failureReason: true,
  pickupWindow: { select: { startsAt: true, endsAt: true } },
  branch: { select: { ...names, address: true } },
  subOrder: {
    select: {
      id: true,
      status: true,
      artisan: { select: { id: true, displayName: true } },
      items: { select: { titleUz: true, titleRu: true, titleEn: true, quantity: true } },
      order: {
        select: {
          id: true,
          number: true,
          deliveryMethod: true,
          districtId: true,
          branch: { select: { ...names, address: true } },
        },
      },
    },
  },
} as const satisfies Prisma.PickupSelect;

export type PickupFacts = Prisma.PickupGetPayload<{ select: typeof pickupFacts }>;

/** A pickup as lists show it: when, whose, what, and where it goes afterwards. */
export function stopView(pickup: PickupFacts, locale: Locale, districtNames: Map<string, string> = new Map()) {
  const { order, artisan, items } = pickup.subOrder;
  return {
    id: pickup.id,
    kind: pickup.kind,
    status: pickup.status,
    failureReason: pickup.failureReason,
    windowStart: pickup.pickupWindow?.startsAt ?? null,
    windowEnd: pickup.pickupWindow?.endsAt ?? null,
    dropOffBranch: pickup.branch
      ? { name: localized(pickup.branch, "name", locale), address: uzbekText(pickup.branch.address, locale) }
      : null,
    artisanId: artisan.id,
    artisan: uzbekText(artisan.displayName, locale),
    itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
    items: items.map((item) => ({ title: localized(item, "title", locale), quantity: item.quantity })),
    subOrderId: pickup.subOrder.id,
    subOrderStatus: pickup.subOrder.status,
    number: order.number,
    deliveryMethod: order.deliveryMethod,
    destination:
      order.deliveryMethod === "BRANCH_PICKUP"
        ? order.branch
          ? localized(order.branch, "name", locale)
          : ""
        : (districtNames.get(order.districtId ?? "") ?? ""),
    destinationBranchAddress: order.deliveryMethod === "BRANCH_PICKUP" ? (order.branch?.address ?? null) : null,
  };
}

export type StopView = ReturnType<typeof stopView>;

/** Names of the buyers' districts (where a courier delivery goes), in the page's language. */
export async function districtNames(
  db: Pick<Prisma.TransactionClient, "district">,
  pickups: PickupFacts[],
  locale: Locale,
) {
  const ids = [...new Set(pickups.map((p) => p.subOrder.order.districtId).filter((id): id is string => Boolean(id)))];
  const rows = await db.district.findMany({ where: { id: { in: ids } }, select: { id: true, ...names } });
  return new Map(rows.map((row) => [row.id, localized(row, "name", locale)]));
}
