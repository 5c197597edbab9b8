import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requestOrderOwner } from "~/modules/orders/guest-orders.server";
import { OrderList } from "~/modules/orders/order-list";
import { listOrdersForBuyer } from "~/modules/orders/queries.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "orders.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const owner = requestOrderOwner(request, await getUser(request));
  return { orders: await listOrdersForBuyer(getDb(), owner, requestLocale(request)) };
}

export default function OrdersPage() {
  const { t } = useTranslation();
  const { orders } = useLoaderData<typeof loader>();
  return (
    <div className="flex flex-col gap-6 max-w-4xl">
      <h1 className="text-3xl">{t("orders.title")}</h1>
      <OrderList orders={orders} />
    </div>
  );
}
