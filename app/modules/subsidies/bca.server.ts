import type { Db } from "~/utils/db.server";
import { fromMinor, type Money } from "~/utils/money";

/** The base calculation amount in force on a day: the latest value dated on or before it (null before the first). */
export async function bcaInForce(db: Pick<Db, "baseCalculationAmount">, day: Date): Promise<Money | null> {
  const row = await db.baseCalculationAmount.findFirst({
    where: { effectiveFrom: { lte: day } },
    orderBy: { effectiveFrom: "desc" },
    select: { amountMinor: true },
  });
  return row ? fromMinor(row.amountMinor) : null;
}
