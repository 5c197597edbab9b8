import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import { tashkentMonth } from "~/utils/format";
import { fromMinor, type Money } from "~/utils/money";

type Tx = Prisma.TransactionClient;

/**
 * Credits an artisan for a delivered part of an order: the sale, less the commission fixed at
 * checkout (none for verified artisans by default). Once per sub-order, whoever calls it twice:
 * the sub-order row is locked, then an existing credit is looked for.
 */
export async function creditDeliveredSale(tx: Tx, subOrderId: string): Promise<boolean> {
  await tx.$queryRaw`SELECT 1 FROM "SubOrder" WHERE "id" = ${subOrderId} FOR UPDATE`;
  const sub = await tx.subOrder.findUniqueOrThrow({
    where: { id: subOrderId },
    select: {
      artisanId: true,
      status: true,
      itemsTotalMinor: true,
      commissionMinor: true,
      order: { select: { number: true } },
    },
  });
  if (sub.status !== "DELIVERED") throw new Error(`sub-order ${subOrderId} is not delivered`);
  if (await tx.ledgerEntry.findFirst({ where: { subOrderId, kind: "SALE_CREDIT" }, select: { id: true } }))
    return false;
  const entries: Prisma.LedgerEntryCreateManyInput[] = [
    {
      artisanId: sub.artisanId,
      kind: "SALE_CREDIT",
      amountMinor: sub.itemsTotalMinor,
      subOrderId,
      note: sub.order.number,
    },
  ];
  if (sub.commissionMinor > 0n) {
    entries.push({
      artisanId: sub.artisanId,
      kind: "COMMISSION",
      amountMinor: -sub.commissionMinor,
      subOrderId,
      note: sub.order.number,
    });
  }
  await tx.ledgerEntry.createMany({ data: entries });
  return true;
}

export type EarningsLine = { at: Date; kind: string; orderNumber: string | null; amount: Money; balance: Money };
export type EarningsMonth = { month: string; lines: EarningsLine[]; total: Money };

/** An artisan's ledger, oldest first, with the running balance, grouped by Tashkent month (newest month first). */
export async function artisanEarnings(db: Db, artisanId: string): Promise<{ months: EarningsMonth[]; balance: Money }> {
  const entries = await db.ledgerEntry.findMany({
    where: { artisanId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      createdAt: true,
      kind: true,
      amountMinor: true,
      note: true,
      subOrder: { select: { order: { select: { number: true } } } },
    },
  });
  let balance = 0n;
  const months = new Map<string, EarningsMonth>();
  for (const entry of entries) {
    balance += entry.amountMinor;
    const key = tashkentMonth(entry.createdAt);
    const month = months.get(key) ?? { month: key, lines: [], total: fromMinor(0) };
    month.lines.push({
      at: entry.createdAt,
      kind: entry.kind,
      orderNumber: entry.subOrder?.order.number ?? null,
      amount: fromMinor(entry.amountMinor),
      balance: fromMinor(balance),
    });
    month.total = fromMinor(BigInt(month.total.minor) + entry.amountMinor);
    months.set(key, month);
  }
  return { months: [...months.values()].reverse(), balance: fromMinor(balance) };
}
