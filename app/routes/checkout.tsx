import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { checkoutAction } from "~/modules/checkout/checkout-action.server";
import { CheckoutForm, payableListings } from "~/modules/checkout/checkout-form";
import { checkoutPage } from "~/modules/checkout/checkout-page.server";
import { CheckoutSummary } from "~/modules/checkout/checkout-summary";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "checkout.title");

export const loader = ({ request }: LoaderFunctionArgs) => checkoutPage(getDb(), request);

export const action = ({ request }: ActionFunctionArgs) => checkoutAction(getDb(), request);

export default function CheckoutPage() {
  const { t } = useTranslation();
  const { summary, regions, contact } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  return (
    <div className="flex flex-col gap-6 max-w-4xl">
      <h1 className="text-3xl">{t("checkout.title")}</h1>
      <CheckoutSummary summary={summary} />
      <CheckoutForm contact={contact} regions={regions} shown={payableListings(summary)} answer={answer} />
    </div>
  );
}
