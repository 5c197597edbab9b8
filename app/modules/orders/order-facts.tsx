import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import { formatDateTime } from "~/utils/format";
import type { BuyerOrder } from "./queries.server";
import { usePageLocale } from "./use-locale";

type Props = { order: BuyerOrder; place: { region: string | null; district: string | null; mahalla: string | null } };

/** Number, date, status, delivery and payment of one order, as a description list. */
export function OrderFacts({ order, place }: Props) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  const courier = [place.region, place.district, place.mahalla, order.street].filter(Boolean).join(", ");
  const row = (term: string, detail: ReactNode) => (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold">{term}:</dt>
      <dd>{detail}</dd>
    </div>
  );
  return (
    <dl className="card p-4 flex flex-col gap-2">
      {row(t("orders.placedAt"), formatDateTime(order.createdAt, locale))}
      {row(t("orders.orderStatus"), <strong>{t(`orders.status.${order.status}`)}</strong>)}
      {row(t("orders.delivery"), t(`orders.deliveryMethod.${order.deliveryMethod}`))}
      {order.branch
        ? row(
            t("orders.branch"),
            `${order.branch.name} — ${order.branch.address}, ${t("checkout.hours", { hours: order.branch.hours })}, ${order.branch.phone}`,
          )
        : row(t("orders.address"), courier)}
      {row(t("orders.contact"), `${order.contactName}, ${order.phone}, ${order.email}`)}
      {row(t("orders.payment"), t(`orders.paymentMethod.${order.paymentMethod}`))}
      {order.payments.map((payment, index) => (
        <Fragment key={index}>
          {row(t("orders.paymentState"), <strong>{t(`orders.paymentStatus.${payment.status}`)}</strong>)}
          {payment.refunds.map((refund, r) => (
            <Fragment key={r}>
              {row(
                t("orders.refunded"),
                <>
                  <Price minor={refund.amount.minor} /> · {formatDateTime(refund.at, locale)}
                </>,
              )}
            </Fragment>
          ))}
        </Fragment>
      ))}
      {row(t("orders.total"), <Price minor={order.total.minor} />)}
    </dl>
  );
}
