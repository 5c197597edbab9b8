import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import { formatDate, formatMonth } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import type { Money } from "~/utils/money";

type Line = { at: string | Date; kind: string; orderNumber: string | null; amount: Money; balance: Money };

/** One section per month, newest first: each line's date, what it was, the order, the amount and the balance after it. */
export function EarningsMonths({ months }: { months: { month: string; lines: Line[]; total: Money }[] }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  return (
    <div className="flex flex-col gap-6">
      {months.map((month) => (
        <section key={month.month} aria-labelledby={`month-${month.month}`} className="card p-4 flex flex-col gap-3">
          <h2 id={`month-${month.month}`} className="text-xl">
            {formatMonth(month.month, t)}
          </h2>
          <p>
            {t("earnings.monthTotal")} <Price minor={month.total.minor} />
          </p>
          <ul className="flex flex-col gap-2">
            {[...month.lines].reverse().map((line, i) => (
              <li key={`${String(line.at)}-${i}`} className="flex flex-wrap gap-x-4 gap-y-1 border-t pt-2">
                <span>{formatDate(line.at, locale)}</span>
                <span>{t(`earnings.kind.${line.kind}`)}</span>
                {line.orderNumber ? <span>{t("earnings.order", { number: line.orderNumber })}</span> : null}
                <Price minor={line.amount.minor} />
                <span>
                  {t("earnings.balanceAfter")} <Price minor={line.balance.minor} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
