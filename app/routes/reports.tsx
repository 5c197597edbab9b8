import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { BreakdownSection } from "~/modules/reports/breakdown-section";
import { CohortTable } from "~/modules/reports/cohort-table";
import { FigureList } from "~/modules/reports/figure-list";
import { FIGURE_GROUPS, type FigureGroup } from "~/modules/reports/figures";
import { loadReport } from "~/modules/reports/load.server";
import { ReportFilters } from "~/modules/reports/report-filters";
import { periodText, placeText } from "~/modules/reports/shown-text";
import { TrendSection } from "~/modules/reports/trend-section";
import { localized } from "~/utils/i18n/localized";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reports.title");

// Staff figures: never kept by a browser or a proxy.
export const headers = () => ({ "Cache-Control": "private, no-store" });

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, locale, period, periodError, scope, report, query } = await loadReport(request);
  const named = <P extends { id: string; nameUz: string; nameRu: string; nameEn: string }>(place: P) => ({
    ...place,
    name: localized(place, "name", locale),
  });
  return {
    period,
    periodError,
    showing: t("reports.showing", { period: periodText(period, t), place: placeText(scope, locale, t) }),
    places: {
      country: scope.country,
      regionId: scope.regionId,
      districtId: scope.districtId,
      regions: scope.regions.map(named),
      districts: scope.districts
        .filter((d) => !scope.country || !scope.regionId || d.regionId === scope.regionId)
        .map(named),
    },
    report,
    csvHref: `/reports.csv${query}`,
  };
}

export default function ReportsPage() {
  const { t } = useTranslation();
  const { period, periodError, showing, places, report, csvHref } = useLoaderData<typeof loader>();
  return (
    <div className="report-page flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl">{t("reports.title")}</h1>
        <p>{t("reports.intro")}</p>
        <p>{t("reports.privacy")}</p>
      </div>
      <PageNotice text={periodError ? t(periodError) : null} problem />
      <ReportFilters period={period} {...places} />
      <div className="flex flex-col gap-2">
        <p className="text-xl font-semibold">{showing}</p>
        <p className="text-sm">{t("reports.updated")}</p>
        <p className="no-print flex flex-wrap gap-4">
          <a href={csvHref} className="btn btn-secondary" download>
            {t("reports.filters.csv")}
          </a>
        </p>
        <p className="no-print text-sm">{t("reports.filters.print")}</p>
      </div>
      {(Object.keys(FIGURE_GROUPS) as FigureGroup[]).map((group) => (
        <FigureList key={group} group={group} figures={report.figures} />
      ))}
      <TrendSection trend={report.trend} />
      <section aria-labelledby="report-breakdowns" className="card p-4 flex flex-col gap-6">
        <h2 id="report-breakdowns" className="text-2xl">
          {t("reports.breakdown.title")}
        </h2>
        {report.breakdowns.map((breakdown) => (
          <BreakdownSection key={breakdown.by} breakdown={breakdown} />
        ))}
      </section>
      <CohortTable cohorts={report.cohorts} />
    </div>
  );
}
