import type { Db } from "~/utils/db.server";
import { tashkentNow } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import { caseScope } from "./access.server";
import { withoutRecentSale } from "./no-sale.server";
import { dayKey as day } from "~/utils/days";

/**
 * The cases a worker runs (the branch head: all of the district's), open ones first, each with
 * what is due: reviews whose day has come, referrals with no answer past their due day, and no
 * sale in two months. Nothing sealed is read here. Null when the worker's level runs no cases.
 */
export async function caseList(db: Db, workerId: string, locale: Locale, options: { openOnly?: boolean } = {}) {
  const scope = await caseScope(db, workerId);
  if (!scope) return null;
  const { today } = tashkentNow();
  const rows = await db.case.findMany({
    where: { ...scope, ...(options.openOnly ? { stage: { not: "CLOSED" } } : {}) },
    orderBy: [{ closedAt: { sort: "desc", nulls: "first" } }, { openedAt: "desc" }],
    take: 500,
    select: {
      id: true,
      stage: true,
      openedAt: true,
      artisanId: true,
      artisan: { select: { displayName: true } },
      socialWorker: { select: { id: true, name: true } },
      reviews: { where: { doneOn: null, dueOn: { lte: today } }, select: { number: true, dueOn: true } },
      referrals: { where: { status: "SENT", answerDueOn: { lt: today } }, select: { id: true, answerDueOn: true } },
    },
  });
  const open = rows.filter((row) => row.stage !== "CLOSED");
  const noSale = await withoutRecentSale(
    db,
    open.map((row) => row.artisanId),
    today,
  );
  return rows.map((row) => {
    const closed = row.stage === "CLOSED";
    return {
      id: row.id,
      artisanId: row.artisanId,
      name: uzbekText(row.artisan.displayName, locale),
      stage: row.stage,
      openedOn: day(row.openedAt),
      worker: row.socialWorker.id === workerId ? null : uzbekText(row.socialWorker.name, locale),
      reviewsDue: closed ? [] : row.reviews.map((r) => ({ number: r.number, dueOn: day(r.dueOn) })),
      referralsOverdue: closed ? [] : row.referrals.map((r) => ({ id: r.id, dueOn: day(r.answerDueOn) })),
      noSale: noSale.has(row.artisanId),
    };
  });
}

export type CaseListRow = NonNullable<Awaited<ReturnType<typeof caseList>>>[number];

export const hasSomethingDue = (row: CaseListRow) =>
  row.reviewsDue.length > 0 || row.referralsOverdue.length > 0 || row.noSale;

/** The worker's own open cases with something due, for the caseload; null when their level runs no cases. */
export async function ownCasesDue(db: Db, workerId: string, locale: Locale) {
  const cases = await caseList(db, workerId, locale, { openOnly: true });
  return cases && cases.filter((row) => row.worker === null && hasSomethingDue(row));
}
