import { csvDecimal, csvFile } from "~/utils/csv";
import { formatMonth } from "~/utils/format";
import { BREAKDOWN_COLUMNS, COLUMN_KIND, FIGURE_GROUPS, type FigureKind } from "./figures";
import type { Period } from "./period";
import type { Report } from "./report.server";
import { periodText } from "./shown-text";
import type { Shown } from "./small-numbers";

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** A value as a spreadsheet reads it: plain numbers, money in soʻm as a decimal, the same "fewer than 5". */
function csvValue(value: Shown, kind: FigureKind, t: Translate): string {
  if (value === "fewer") return t("reports.fewer");
  if (value === null) return "";
  if (kind === "money") return csvDecimal(Math.round(value));
  if (kind === "days") return String(Math.round(value * 10) / 10);
  return String(value);
}

/** The dashboard's figures, breakdowns, trend and cohorts, one value per line, for the same filters. */
export function reportsCsv(report: Report, period: Period, place: string, t: Translate): string {
  const header = ["section", "item", "column", "value"].map((column) => t(`reports.csv.${column}`));
  const rows: string[][] = [
    [t("reports.csv.period"), periodText(period, t), "", ""],
    [t("reports.csv.place"), place, "", ""],
  ];
  for (const [group, keys] of Object.entries(FIGURE_GROUPS)) {
    for (const figure of report.figures.filter((f) => (keys as readonly string[]).includes(f.key)))
      rows.push([
        t(`reports.groups.${group}`),
        t(`reports.figure.${figure.key}`),
        "",
        csvValue(figure.value, figure.kind, t),
      ]);
  }
  for (const breakdown of report.breakdowns) {
    for (const row of breakdown.rows)
      for (const column of BREAKDOWN_COLUMNS)
        rows.push([
          t(`reports.breakdown.${breakdown.by}`),
          row.label,
          t(`reports.figure.${column}`),
          csvValue(row.cells[column], COLUMN_KIND[column], t),
        ]);
  }
  for (const month of report.trend)
    for (const column of ["active", "earning"] as const)
      rows.push([
        t("reports.trend.title"),
        formatMonth(month.month, t),
        t(`reports.figure.${column}`),
        csvValue(month[column], "count", t),
      ]);
  for (const cohort of report.cohorts)
    for (const column of ["onboarded", "active6", "active12"] as const)
      rows.push([
        t("reports.cohorts.title"),
        formatMonth(cohort.month, t),
        t(`reports.cohorts.${column}`),
        csvValue(cohort[column], "count", t),
      ]);
  return csvFile([header, ...rows]);
}
