import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { courierDay } from "~/modules/logistics/courier-day.server";
import { COURIER_OUTCOMES, courierAction } from "~/modules/logistics/courier-page.server";
import { CourierStopCard } from "~/modules/logistics/courier-stop";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { PageNotice } from "~/components/page-notice";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "logistics.courier.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "pickup:carry");
  const { stops } = await courierDay(getDb(), user.id, requestLocale(request));
  const done = new URL(request.url).searchParams.get("done");
  return { stops, done: COURIER_OUTCOMES.find((outcome) => outcome === done) ?? null };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "pickup:carry");
  return courierAction(getDb(), user.id, request);
}

// Addresses are on this page: never kept in a cache.
export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function CourierPage() {
  const { t } = useTranslation();
  const { stops, done } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const failedOn = (lastResult?.initialValue as { pickupId?: string } | undefined)?.pickupId;
  return (
    <div className="flex flex-col gap-6 max-w-2xl">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl">{t("logistics.courier.title")}</h1>
        <p>{t("logistics.courier.intro")}</p>
      </div>
      <PageNotice text={done ? t(`logistics.courier.result.${done}`) : null} problem={done === "changed"} />
      {stops.length === 0 ? <p>{t("logistics.courier.empty")}</p> : null}
      <ol className="flex flex-col gap-4">
        {stops.map((stop, index) => (
          <CourierStopCard
            key={stop.id}
            stop={stop}
            n={index + 1}
            lastResult={failedOn === stop.id ? lastResult : undefined}
          />
        ))}
      </ol>
    </div>
  );
}
