import { useTranslation } from "react-i18next";
import { BarChart } from "./bar-chart";
import { BREAKDOWN_COLUMNS, COLUMN_KIND, type Breakdown } from "./figures";
import { useShown } from "./use-shown";

/** A breakdown as a table (every column), with a bar chart of active artisans beside it. */
export function BreakdownSection({ breakdown }: { breakdown: Breakdown }) {
  const { t } = useTranslation();
  const show = useShown();
  const id = `breakdown-${breakdown.by}`;
  const title = t(`reports.breakdown.${breakdown.by}`);
  const label = t(
    breakdown.by === "region" || breakdown.by === "district" ? "reports.breakdown.place" : "reports.breakdown.group",
  );
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 report-block">
      <h3 id={id} className="text-xl">
        {title}
      </h3>
      {breakdown.by === "craft" ? <p>{t("reports.breakdown.craftNote")}</p> : null}
      <div className="report-pair">
        <BarChart
          title={t("reports.chart.bars", { figure: t("reports.figure.active"), by: title })}
          bars={breakdown.rows.map((row) => ({
            label: row.label,
            value: row.cells.active,
            text: show(row.cells.active, "count"),
          }))}
        />
        <table className="table-stack report-table">
          <caption className="text-left font-semibold">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{label}</th>
              {BREAKDOWN_COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(`reports.figure.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {breakdown.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {BREAKDOWN_COLUMNS.map((column) => (
                  <td key={column} data-label={t(`reports.figure.${column}`)}>
                    {show(row.cells[column], COLUMN_KIND[column], t("reports.notCounted"))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
