import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { requestLocale } from "~/modules/shell/locale.server";
import { ClaimList, MonthTotals } from "~/modules/subsidies/queue-list";
import { subsidyQueue } from "~/modules/subsidies/queue.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "subsidies.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "subsidy:prepare");
  return subsidyQueue(getDb(), worker.id, requestLocale(request));
}

export default function SubsidiesPage() {
  const { t } = useTranslation();
  const queue = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="max-w-3xl flex flex-col gap-8">
      <h1 className="text-3xl">{t("subsidies.title")}</h1>
      <PageNotice text={params.get("done") === "discarded" ? t("subsidies.done.discarded") : null} />
      <p>{t("subsidies.intro")}</p>
      <p>
        <Link to="/subsidies/new" className="btn btn-primary">
          {t("subsidies.new.link")}
        </Link>
      </p>
      {queue.totals ? <MonthTotals totals={queue.totals} /> : null}
      {queue.powers.isBranchHead ? (
        <>
          <ClaimList
            id="decide"
            title={t("subsidies.queue.toDecide")}
            rows={queue.toDecide}
            empty={t("subsidies.queue.none")}
          />
          <ClaimList id="pay" title={t("subsidies.queue.toPay")} rows={queue.toPay} empty={t("subsidies.queue.none")} />
        </>
      ) : null}
      {queue.powers.mayCountersign ? (
        <ClaimList
          id="countersign"
          title={t("subsidies.queue.toCountersign")}
          rows={queue.toCountersign}
          empty={t("subsidies.queue.none")}
        />
      ) : null}
      <ClaimList id="mine" title={t("subsidies.queue.mine")} rows={queue.mine} empty={t("subsidies.queue.noneMine")} />
    </div>
  );
}
