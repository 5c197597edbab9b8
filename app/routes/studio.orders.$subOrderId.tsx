import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { PartFacts } from "~/modules/fulfilment/part-facts";
import { partPage, partPageAction } from "~/modules/fulfilment/part-page.server";
import { ReadyForm } from "~/modules/fulfilment/ready-form";
import { RespondForms } from "~/modules/fulfilment/respond-forms";
import { DONE_NOTICES } from "~/modules/fulfilment/schemas";
import { OrderTimeline } from "~/modules/orders/order-timeline";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { PageNotice } from "~/components/page-notice";

type PartData = { part?: { number: string } } | undefined;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "fulfilment.orderNumber", { number: (data as PartData)?.part?.number ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "order:fulfil-own");
  return partPage(getDb(), actor, params.subOrderId!, requestLocale(request));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireStudio(request, "order:fulfil-own");
  return partPageAction(getDb(), actor, params.subOrderId!, await request.formData());
}

export default function StudioPartPage() {
  const { t } = useTranslation();
  const { part, choices } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = DONE_NOTICES.find((notice) => notice === params.get("done"));
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("fulfilment.orderNumber", { number: part.number })}</h1>
      <PageNotice text={done ? t(`fulfilment.done.${done}`) : null} />
      <PartFacts part={part} />
      {part.status === "PLACED" ? (
        <RespondForms
          acceptError={answer && "error" in answer ? answer.error : undefined}
          declineResult={answer?.intent === "decline" && "result" in answer ? answer.result : undefined}
        />
      ) : null}
      {choices ? (
        <ReadyForm
          choices={choices}
          pickup={part.pickup}
          lastResult={answer?.intent === "ready" && "result" in answer ? answer.result : undefined}
        />
      ) : null}
      {part.pickup ? (
        <p>
          <Link to={`/studio/orders/${part.id}/slip`} className="btn btn-secondary">
            {t("fulfilment.slipLink")}
          </Link>
        </p>
      ) : null}
      <h2 className="text-xl">{t("orders.timeline")}</h2>
      <OrderTimeline steps={part.timeline} label={t("orders.timeline")} />
      <p>
        <Link to="/studio/orders" className="inline-flex min-h-11 items-center underline">
          {t("fulfilment.allOrders")}
        </Link>
      </p>
    </div>
  );
}
