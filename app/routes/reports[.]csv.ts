import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadReport } from "~/modules/reports/load.server";
import { reportsCsv } from "~/modules/reports/reports-csv";
import { placeText } from "~/modules/reports/shown-text";

// The dashboard's figures as a spreadsheet file, for the same filters (?period=&month=&until=&region=&district=).
export async function loader({ request }: LoaderFunctionArgs) {
  const { t, locale, period, scope, report } = await loadReport(request);
  return new Response(reportsCsv(report, period, placeText(scope, locale, t), t), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="hunarmand-reports-${period.fromMonth}-${period.untilMonth}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
