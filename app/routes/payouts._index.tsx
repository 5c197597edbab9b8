import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import { artisansOwed } from "~/modules/payouts/record-payout.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { localized, uzbekText } from "~/utils/i18n/localized";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "payouts.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "payout:record");
  const locale = requestLocale(request);
  const owed = await artisansOwed(getDb(), user.id);
  return {
    owed: owed.map((a) => ({
      id: a.id,
      name: uzbekText(a.displayName, locale),
      district: localized(a.district, "name", locale),
      balance: a.balance,
    })),
  };
}

export default function PayoutsPage() {
  const { t } = useTranslation();
  const { owed } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">{t("payouts.title")}</h1>
      {params.get("recorded") ? (
        <p role="status" className="card p-3">
          {t("payouts.recorded")}
        </p>
      ) : null}
      <p>{t("payouts.intro")}</p>
      {owed.length === 0 ? (
        <p>{t("payouts.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {owed.map((artisan) => (
            <li key={artisan.id} className="card p-4 flex flex-wrap items-center gap-x-6 gap-y-2">
              <h2 className="text-xl">{artisan.name}</h2>
              <span>{artisan.district}</span>
              <span>
                {t("payouts.owed")} <Price minor={artisan.balance.minor} />
              </span>
              <Link to={`/payouts/${artisan.id}`} className="btn btn-primary">
                {t("payouts.record", { name: artisan.name })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
