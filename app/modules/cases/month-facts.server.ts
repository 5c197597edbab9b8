import type { Prisma } from "~/generated/prisma/client";
import { FAILURE_REASONS } from "~/modules/logistics/failure-reasons";
import type { Db, Tx } from "~/utils/db.server";

/** What the marketplace knew of one artisan's month; stored with the review as it was then. */
export type MonthFacts = {
  month: string;
  liveListings: number;
  orders: number;
  deliveredSales: number;
  /** Tiyin credited (sales less commission), as a number so it survives JSON. */
  incomeMinor: number;
  pickupsFailed: number;
};

type Span = { key: string; from: Date; to: Date };

/**
 * One artisan's facts for a Tashkent calendar month: listings live by its end (approved then and
 * still on sale), orders placed in it, parts delivered in it, income credited in it (sale less
 * commission) and home pickups that failed in it. Orders, deliveries and failures are read from
 * the order timeline, so a pickup sent again after a failure still counts as one that failed.
 */
export async function monthFacts(db: Db | Tx, artisanId: string, month: Span): Promise<MonthFacts> {
  const at = { gte: month.from, lt: month.to };
  const events = (where: Prisma.SubOrderEventWhereInput) =>
    db.subOrderEvent.findMany({
      where: { subOrder: { artisanId }, createdAt: at, ...where },
      select: { subOrderId: true },
      distinct: ["subOrderId"],
    });
  const failureNotes = FAILURE_REASONS.flatMap((reason) => [{ note: reason }, { note: { startsWith: `${reason}: ` } }]);
  const [liveListings, placed, delivered, failed, income] = await Promise.all([
    db.listing.count({ where: { artisanId, status: "APPROVED", approvedAt: { lt: month.to } } }),
    events({ status: "PLACED" }),
    events({ status: "DELIVERED" }),
    // A failed pickup puts the part back to READY with the courier's reason as the note.
    db.subOrderEvent.count({ where: { subOrder: { artisanId }, createdAt: at, status: "READY", OR: failureNotes } }),
    db.ledgerEntry.aggregate({
      where: { artisanId, kind: { in: ["SALE_CREDIT", "COMMISSION"] }, createdAt: at },
      _sum: { amountMinor: true },
    }),
  ]);
  return {
    month: month.key,
    liveListings,
    orders: placed.length,
    deliveredSales: delivered.length,
    incomeMinor: Number(income._sum.amountMinor ?? 0n),
    pickupsFailed: failed,
  };
}

/** The facts as stored in a review's JSON column, or null when they are not there or not in this shape. */
export function storedFacts(value: Prisma.JsonValue | null): MonthFacts | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const facts = value as Record<string, unknown>;
  const numbers = ["liveListings", "orders", "deliveredSales", "incomeMinor", "pickupsFailed"] as const;
  if (typeof facts.month !== "string" || numbers.some((key) => typeof facts[key] !== "number")) return null;
  return facts as MonthFacts;
}
