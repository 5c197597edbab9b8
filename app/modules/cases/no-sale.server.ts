import type { Db } from "~/utils/db.server";
import { addMonths } from "~/utils/days";
import { tashkentSpan } from "./schedule";

/** "No sale in two months": none of the parts sold was delivered within the last two months. */
export const NO_SALE_MONTHS = 2;

/**
 * Of these artisans, those to flag: on the marketplace for two months at least, and no part of an
 * order delivered to a buyer within the last two months (to Tashkent's `today`).
 */
export async function withoutRecentSale(db: Db, artisanIds: string[], today: Date): Promise<Set<string>> {
  if (artisanIds.length === 0) return new Set();
  const since = tashkentSpan(addMonths(today, -NO_SALE_MONTHS), today).from;
  const [settled, sold] = await Promise.all([
    db.artisanProfile.findMany({ where: { id: { in: artisanIds }, createdAt: { lt: since } }, select: { id: true } }),
    db.subOrder.findMany({
      where: { artisanId: { in: artisanIds }, events: { some: { status: "DELIVERED", createdAt: { gte: since } } } },
      select: { artisanId: true },
      distinct: ["artisanId"],
    }),
  ]);
  const selling = new Set(sold.map((row) => row.artisanId));
  return new Set(settled.map((row) => row.id).filter((id) => !selling.has(id)));
}
