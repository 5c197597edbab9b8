import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { createI18n } from "~/utils/i18n/i18n.server";
import { parsePeriod } from "./period";
import { buildReport } from "./report.server";
import { reportScope } from "./scope.server";

/**
 * What /reports and /reports.csv both answer with, for the filters in the URL
 * (?period=&month=&until=&region=&district=): the same figures, through the same rules.
 */
export async function loadReport(request: Request) {
  const user = await requirePermission(request, "report:read");
  const params = new URL(request.url).searchParams;
  const db = getDb();
  const locale = requestLocale(request);
  const { t } = createI18n(locale);
  const scope = await reportScope(db, user, {
    region: params.get("region") || null,
    district: params.get("district") || null,
  });
  const { period, error } = parsePeriod(params);
  const report = await buildReport(db, scope, period, locale, (gender) => t(`reports.gender.${gender}`));
  return { locale, t, period, periodError: error, scope, report, query: new URL(request.url).search };
}
