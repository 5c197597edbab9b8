import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EarningsMonths } from "~/modules/payouts/earnings-months";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { artisanEarnings } from "~/modules/payouts/ledger.server";
import { Price } from "~/components/price";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "earnings.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "earnings:read-own");
  return artisanEarnings(getDb(), actor.artisanId);
}

export default function EarningsPage() {
  const { t } = useTranslation();
  const { months, balance } = useLoaderData<typeof loader>();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">{t("earnings.title")}</h1>
      <p className="text-xl">
        {t("earnings.balance")} <Price minor={balance.minor} />
      </p>
      <p>{t("earnings.intro")}</p>
      {months.length === 0 ? <p>{t("earnings.empty")}</p> : <EarningsMonths months={months} />}
      <a href="/studio/earnings.csv" className="btn btn-secondary self-start" download>
        {t("earnings.download")}
      </a>
    </div>
  );
}
