import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { cartAction } from "~/modules/cart/cart-action.server";
import { CartNotice } from "~/modules/cart/cart-notice";
import { CartView } from "~/modules/cart/cart-view";
import { getCartForRequest } from "~/modules/cart/cart.server";
import { MAX_QUANTITY } from "~/modules/cart/limits";
import { cartSummary } from "~/modules/cart/summary.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "cart.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const db = getDb();
  const { cartId } = await getCartForRequest(db, request);
  return { summary: await cartSummary(db, cartId, requestLocale(request)) };
}

export const action = ({ request }: ActionFunctionArgs) => cartAction(getDb(), request);

export default function CartPage() {
  const { t } = useTranslation();
  const { summary } = useLoaderData<typeof loader>();
  const error = useActionData<typeof action>() ?? null;
  return (
    <div className="flex flex-col gap-6 max-w-4xl">
      <h1 className="text-3xl">{t("cart.title")}</h1>
      <CartNotice max={MAX_QUANTITY} />
      <CartView summary={summary} error={error} />
    </div>
  );
}
