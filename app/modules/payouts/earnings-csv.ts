import { formatDate, formatMonth } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import type { EarningsMonth } from "./ledger.server";

type Translate = (key: string) => string;

/** Money as a plain decimal ("125000.50"), which every spreadsheet reads the same way. */
const decimal = (minor: number) =>
  `${minor < 0 ? "-" : ""}${Math.trunc(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, "0")}`;

/** A cell quoted when it needs it; a leading =, +, - or @ is neutralised so no spreadsheet runs it. */
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

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
  return "\uFEFF" + [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
