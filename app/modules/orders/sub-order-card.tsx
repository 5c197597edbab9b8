import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import { declineReasonText } from "~/modules/fulfilment/decline-reasons";
import { OrderTimeline } from "./order-timeline";
import type { BuyerOrder } from "./queries.server";

type Props = { sub: BuyerOrder["subOrders"][number]; canReview: boolean };

/** One artisan's part of the order: its items, total, status and timeline. */
export function SubOrderCard({ sub, canReview }: Props) {
  const { t } = useTranslation();
  const headingId = `sub-${sub.id}`;
  const delivered = sub.status === "DELIVERED";
  return (
    <section aria-labelledby={headingId} className="card p-4 flex flex-col gap-3">
      <h2 id={headingId} className="text-2xl">
        {t("cart.groupTitle", { name: sub.artisan.displayName })}
      </h2>
      <p>
        {t("orders.partStatus")}: <strong>{t(`orders.subOrderStatus.${sub.status}`)}</strong>
      </p>
      {sub.declineReason ? (
        <p>{t("orders.declineReason", { reason: declineReasonText(sub.declineReason, t) })}</p>
      ) : null}
      <ul className="flex flex-col gap-2">
        {sub.items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Link to={`/l/${item.slug}`}>{item.title}</Link>
            <span>
              {item.quantity} × <Price minor={item.unitPrice.minor} />
            </span>
            {canReview && delivered && !item.reviewed ? (
              <Link to={`/reviews/new/${item.id}`} className="btn btn-secondary">
                {t("orders.writeReview")}
                <span className="visually-hidden">: {item.title}</span>
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
      <p>
        {t("cart.subtotal")}: <Price minor={sub.itemsTotal.minor} />
      </p>
      <h3 className="text-lg">{t("orders.timeline")}</h3>
      <OrderTimeline steps={sub.timeline} label={t("orders.timelineOf", { name: sub.artisan.displayName })} />
    </section>
  );
}
