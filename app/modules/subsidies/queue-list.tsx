import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { usePageLocale } from "~/modules/orders/use-locale";
import { formatMoney } from "~/utils/money";
import { DeadlineText } from "./deadline-text";
import type { QueueRow, SubsidyQueue } from "./queue.server";

/** One list of claims under its heading; each row names the artisan, the programme, the status and any deadline. */
export function ClaimList({ id, title, rows, empty }: { id: string; title: string; rows: QueueRow[]; empty: string }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <h2 id={`${id}-title`} className="text-2xl">
        {title} <span className="text-base">({rows.length})</span>
      </h2>
      {rows.length === 0 ? <p>{empty}</p> : null}
      <ul className="flex flex-col gap-3">
        {rows.map((row) => (
          <li key={row.id} className="card p-4 flex flex-col gap-1">
            <Link to={`/subsidies/${row.id}`} className="text-lg font-semibold min-h-11 inline-flex items-center">
              {row.artisan}
            </Link>
            <span>{row.programme}</span>
            <span>
              <strong>{t(`subsidies.status.${row.status}`)}</strong>
              {row.amount ? ` · ${formatMoney(row.amount, locale)}` : null}
            </span>
            {row.decisionDue ? <DeadlineText due={row.decisionDue} /> : null}
            {row.paymentDue ? <DeadlineText due={row.paymentDue} /> : null}
            {row.tookPart && row.status === "SUBMITTED" ? <span>{t("subsidies.queue.notYours")}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The branch head's district this month, as numbers with their words. */
export function MonthTotals({ totals }: { totals: NonNullable<SubsidyQueue["totals"]> }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  const figures = [
    ["submitted", totals.submitted],
    ["decidedInTime", totals.decidedInTime],
    ["approved", totals.approved],
    ["refused", totals.refused],
    ["paid", totals.paid],
    ["amountPaid", formatMoney(totals.amountPaid, locale)],
  ] as const;
  return (
    <section aria-labelledby="totals-title" className="card p-4 flex flex-col gap-2">
      <h2 id="totals-title" className="text-xl">
        {t("subsidies.totals.title")}
      </h2>
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
        {figures.map(([key, value]) => (
          <div key={key} className="contents">
            <dt>{t(`subsidies.totals.${key}`)}</dt>
            <dd className="text-end font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
