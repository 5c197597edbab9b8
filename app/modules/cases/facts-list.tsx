import { useTranslation } from "react-i18next";
import { usePageLocale } from "~/modules/orders/use-locale";
import { formatMoney, fromMinor } from "~/utils/money";
import type { MonthFacts } from "./month-facts.server";

/** What the marketplace knew of the month, in words and numbers. */
export function FactsList({ facts, title }: { facts: MonthFacts; title: string }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  const rows: [string, string][] = [
    ["liveListings", String(facts.liveListings)],
    ["orders", String(facts.orders)],
    ["deliveredSales", String(facts.deliveredSales)],
    ["income", formatMoney(fromMinor(facts.incomeMinor), locale)],
    ["pickupsFailed", String(facts.pickupsFailed)],
  ];
  return (
    <div className="flex flex-col gap-1">
      <p className="font-semibold">{title}</p>
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
        {rows.map(([key, value]) => (
          <div key={key} className="contents">
            <dt>{t(`cases.facts.${key}`)}</dt>
            <dd className="text-end">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
