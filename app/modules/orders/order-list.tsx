import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import { formatDate } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import type { BuyerOrderSummary } from "./queries.server";

type Summary = Omit<BuyerOrderSummary, "createdAt"> & { createdAt: string | Date };

/** The buyer's orders, newest first; with none yet, a way to the catalog. */
export function OrderList({ orders }: { orders: Summary[] }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  if (orders.length === 0) {
    return (
      <p>
        {t("orders.empty")} <Link to="/catalog">{t("orders.browse")}</Link>
      </p>
    );
  }
  return (
    <ul className="flex flex-col gap-3">
      {orders.map((order) => (
        <li key={order.id} className="card p-4 flex flex-col gap-1">
          <h2 className="text-xl">
            <Link to={`/orders/${order.id}`}>{t("orders.number", { number: order.number })}</Link>
          </h2>
          <p>
            {formatDate(order.createdAt, locale)} · {t(`orders.status.${order.status}`)} ·{" "}
            {t(`orders.paymentMethod.${order.paymentMethod}`)}
          </p>
          <p>
            {t("orders.itemCount", { count: order.itemCount })} · {order.artisans.join(", ")} ·{" "}
            <Price minor={order.total.minor} />
          </p>
        </li>
      ))}
    </ul>
  );
}
