import { Link, useLocation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/utils/format";
import type { BuyerOrder } from "./queries.server";
import { usePageLocale } from "./use-locale";

const REFUND_OUTCOMES = ["none", "recorded", "owed"];

/**
 * What just happened, said politely once: the order was placed, the buyer came back from the
 * payment page (the provider's confirmation may land a moment later: a Refresh link, no
 * auto-refresh), or the order was cancelled and what happens to the money.
 */
export function OrderNotice({ order }: { order: Pick<BuyerOrder, "status" | "holdUntil"> }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  const [params] = useSearchParams();
  const { pathname, search } = useLocation();
  const cancelled = params.get("cancelled");
  const payment = params.get("payment");
  const waiting = order.status === "AWAITING_PAYMENT";
  let message: string | null = null;
  if (cancelled && REFUND_OUTCOMES.includes(cancelled)) message = t(`orders.notice.cancelled_${cancelled}`);
  else if (params.get("placed") === "1") message = t("orders.notice.placed");
  else if (payment === "success") message = waiting ? t("orders.notice.confirming") : t("orders.notice.paid");
  else if (payment === "cancelled" && waiting && order.holdUntil) {
    message = t("orders.notice.notPaid", { until: formatDateTime(order.holdUntil, locale) });
  }
  if (!message) return null;
  return (
    <div role="status" className="card p-4 flex flex-col gap-2 border-[var(--color-accent)]">
      <p>{message}</p>
      {payment === "success" && waiting ? (
        <p>
          <Link to={`${pathname}${search}`} reloadDocument>
            {t("orders.refresh")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
