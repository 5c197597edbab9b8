import { csvDecimal as decimal, csvFile } from "~/utils/csv";
import { formatDate, formatMonth } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import type { EarningsMonth } from "./ledger.server";

type Translate = (key: string) => string;

/** The ledger as CSV (UTF-8 with a BOM, so Excel shows Uzbek and Russian letters), oldest first. */
export function earningsCsv(months: EarningsMonth[], locale: Locale, t: Translate): string {
  const header = ["date", "month", "kind", "order", "amount", "balance"].map((column) => t(`earnings.csv.${column}`));
  const rows = [...months]
    .reverse()
    .flatMap((month) =>
      month.lines.map((line) => [
        formatDate(line.at, locale),
        formatMonth(month.month, t),
        t(`earnings.kind.${line.kind}`),
        line.orderNumber ?? "",
        decimal(line.amount.minor),
        decimal(line.balance.minor),
      ]),
    );
  return csvFile([header, ...rows]);
}
