import { useTranslation } from "react-i18next";
import { formatMonth } from "~/utils/format";
import type { ShownCohort } from "./report.server";
import { ReportBlock } from "./report-block";
import { useShown } from "./use-shown";

const COLUMNS = ["onboarded", "active6", "active12"] as const;

/** Retention by the month artisans joined: how many were active 6 and 12 months later. */
export function CohortTable({ cohorts }: { cohorts: ShownCohort[] }) {
  const { t } = useTranslation();
  const show = useShown();
  return (
    <ReportBlock id="report-cohorts" title={t("reports.cohorts.title")} intro={t("reports.cohorts.intro")}>
      {cohorts.length === 0 ? (
        <p>{t("reports.cohorts.empty")}</p>
      ) : (
        <table className="table-stack report-table">
          <thead>
            <tr>
              <th scope="col">{t("reports.cohorts.month")}</th>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(`reports.cohorts.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cohorts.map((cohort) => (
              <tr key={cohort.month}>
                <th scope="row">{formatMonth(cohort.month, t)}</th>
                {COLUMNS.map((column) => (
                  <td key={column} data-label={t(`reports.cohorts.${column}`)}>
                    {show(cohort[column], "count", t("reports.notYet"))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportBlock>
  );
}
