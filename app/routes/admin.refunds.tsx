import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import { listOwedRefunds, refundOwedPayment } from "~/modules/orders/owed-refunds.server";
import { getPaymentProvider } from "~/modules/payments/stripe-provider.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { ConsoleNav } from "~/modules/console/console-nav";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "refunds.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "refund:issue");
  return { owed: await listOwedRefunds(getDb()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "refund:issue");
  const paymentId = String((await request.formData()).get("paymentId") ?? "");
  const result = await refundOwedPayment(getDb(), getPaymentProvider(), { paymentId, actorId: user.id });
  return { result: result.ok ? ("done" as const) : result.reason };
}

export default function OwedRefundsPage() {
  const { t } = useTranslation();
  const { owed } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>()?.result;
  const busy = useNavigation().state === "submitting";
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">{t("refunds.title")}</h1>
      <ConsoleNav current="/admin/refunds" />
      <p>{t("refunds.intro")}</p>
      {outcome && (
        <p role={outcome === "done" ? "status" : "alert"} className="card p-3">
          {t(`refunds.result.${outcome}`)}
        </p>
      )}
      {owed.length === 0 ? (
        <p>{t("refunds.empty")}</p>
      ) : (
        // A list of cards rather than a table: it reflows on a narrow phone and at 200 % text.
        <ul className="flex flex-col gap-4">
          {owed.map((payment) => (
            <li key={payment.paymentId} className="card flex flex-col gap-3 p-4">
              <h2 className="text-xl">{t("refunds.order", { number: payment.orderNumber })}</h2>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt>{t("refunds.paid")}</dt>
                <dd>
                  <Price minor={payment.paid.minor} />
                </dd>
                <dt>{t("refunds.owed")}</dt>
                <dd>
                  <Price minor={payment.owed.minor} />
                </dd>
              </dl>
              <Form method="post">
                <input type="hidden" name="paymentId" value={payment.paymentId} />
                <button type="submit" className="btn btn-primary" disabled={busy}>
                  {t("refunds.refund", { number: payment.orderNumber })}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
