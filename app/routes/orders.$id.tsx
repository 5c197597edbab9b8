import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CancelOrderForm } from "~/modules/orders/cancel-order-form";
import { OrderFacts } from "~/modules/orders/order-facts";
import { OrderNotice } from "~/modules/orders/order-notice";
import { orderPage, orderPageAction } from "~/modules/orders/order-page.server";
import { SubOrderCard } from "~/modules/orders/sub-order-card";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

type OrderData = { order?: { number: string } } | undefined;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "orders.number", { number: (data as OrderData)?.order?.number ?? "" });

export const loader = ({ request, params }: LoaderFunctionArgs) => orderPage(getDb(), request, params.id!);

export const action = ({ request, params }: ActionFunctionArgs) => orderPageAction(getDb(), request, params.id!);

export default function OrderPage() {
  const { t } = useTranslation();
  const { order, place, cancellable, signedIn } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <div className="flex flex-col gap-6 max-w-4xl">
      <h1 className="text-3xl">{t("orders.number", { number: order.number })}</h1>
      <OrderNotice order={order} />
      <OrderFacts order={order} place={place} />
      {order.subOrders.map((sub) => (
        <SubOrderCard key={sub.id} sub={sub} canReview={signedIn} />
      ))}
      {cancellable ? <CancelOrderForm error={answer?.error} /> : null}
      <p>
        <Link to="/orders">{t("orders.allOrders")}</Link>
      </p>
    </div>
  );
}
