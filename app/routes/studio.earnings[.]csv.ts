import type { LoaderFunctionArgs } from "@remix-run/node";
import { earningsCsv } from "~/modules/payouts/earnings-csv";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { artisanEarnings } from "~/modules/payouts/ledger.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { createI18n } from "~/utils/i18n/i18n.server";

// The artisan's ledger as a spreadsheet file, in the language of the page it was asked from.
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "earnings:read-own");
  const earnings = await artisanEarnings(getDb(), actor.artisanId);
  const locale = requestLocale(request);
  const { t } = createI18n(locale);
  return new Response(earningsCsv(earnings.months, locale, t), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="hunarmand-earnings.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
