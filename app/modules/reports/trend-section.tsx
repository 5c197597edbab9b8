import { useTranslation } from "react-i18next";
import { formatMonth } from "~/utils/format";
import { LineChart } from "./line-chart";
import type { ShownTrendMonth } from "./report.server";
import { ReportBlock } from "./report-block";
import { useShown } from "./use-shown";

/** Active and earning artisans over the last 12 months: the line chart and its table. */
export function TrendSection({ trend }: { trend: ShownTrendMonth[] }) {
  const { t } = useTranslation();
  const show = useShown();
  return (
    <ReportBlock id="report-trend" title={t("reports.trend.title")} intro={t("reports.trend.intro")}>
      <div className="report-pair">
        <div>
          <LineChart
            title={t("reports.chart.lines")}
            months={trend.map((m) => m.month)}
            series={[
              { name: "active", values: trend.map((m) => m.active), dashed: false },
              { name: "earning", values: trend.map((m) => m.earning), dashed: true },
            ]}
          />
          <p className="text-sm">{t("reports.trend.legend")}</p>
        </div>
        <table className="table-stack report-table">
          <caption className="text-left font-semibold">{t("reports.trend.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("reports.trend.month")}</th>
              <th scope="col">{t("reports.figure.active")}</th>
              <th scope="col">{t("reports.figure.earning")}</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((m) => (
              <tr key={m.month}>
                <th scope="row">{formatMonth(m.month, t)}</th>
                <td data-label={t("reports.figure.active")}>{show(m.active, "count")}</td>
                <td data-label={t("reports.figure.earning")}>{show(m.earning, "count")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ReportBlock>
  );
}
