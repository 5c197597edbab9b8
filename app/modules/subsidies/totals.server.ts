import type { Db } from "~/utils/db.server";
import { tashkentMonth } from "~/utils/format";
import { fromMinor } from "~/utils/money";

/**
 * The branch head's district totals for this month (Tashkent's calendar): claims submitted,
 * decided within their deadline, approved, refused, paid, and the amount paid. One query, in SQL,
 * so it stays one round trip however many claims there are; Tashkent is UTC+5 all year.
 */
export async function monthTotals(db: Db, workerId: string, now = new Date()) {
  const month = tashkentMonth(now); // "2026-12"
  const start = `${month}-01`;
  const [row] = await db.$queryRaw<
    {
      submitted: bigint;
      decidedInTime: bigint;
      approved: bigint;
      refused: bigint;
      paid: bigint;
      amountPaid: bigint | null;
    }[]
  >`
    WITH c AS (
      SELECT sc.*,
        (sc."submittedAt" + interval '5 hours')::date AS submitted_on,
        (sc."decidedAt" + interval '5 hours')::date AS decided_on
      FROM "SubsidyClaim" sc
      JOIN "ArtisanProfile" a ON a.id = sc."artisanId"
      JOIN "StaffDistrict" s ON s."districtId" = a."districtId" AND s."userId" = ${workerId}
    ), m AS (SELECT ${start}::date AS first, (${start}::date + interval '1 month')::date AS next)
    SELECT
      count(*) FILTER (WHERE submitted_on >= m.first AND submitted_on < m.next) AS submitted,
      count(*) FILTER (WHERE decided_on >= m.first AND decided_on < m.next AND decided_on <= c."decisionDueOn") AS "decidedInTime",
      count(*) FILTER (WHERE decided_on >= m.first AND decided_on < m.next AND c.status IN ('APPROVED', 'PAID')) AS approved,
      count(*) FILTER (WHERE decided_on >= m.first AND decided_on < m.next AND c.status = 'REJECTED') AS refused,
      count(*) FILTER (WHERE c."paidOn" >= m.first AND c."paidOn" < m.next) AS paid,
      sum(c."amountMinor") FILTER (WHERE c."paidOn" >= m.first AND c."paidOn" < m.next) AS "amountPaid"
    FROM c, m`;
  return {
    month,
    submitted: Number(row?.submitted ?? 0),
    decidedInTime: Number(row?.decidedInTime ?? 0),
    approved: Number(row?.approved ?? 0),
    refused: Number(row?.refused ?? 0),
    paid: Number(row?.paid ?? 0),
    amountPaid: fromMinor(BigInt(row?.amountPaid ?? 0n)),
  };
}
