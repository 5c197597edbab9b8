import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BuildForm } from "~/modules/logistics/build-form";
import { DayChooser } from "~/modules/logistics/day-chooser";
import { DayManifests, WaitingAtBranch } from "~/modules/logistics/day-lists";
import { dispatchAction, dispatchPage } from "~/modules/logistics/dispatch-page.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { PageNotice } from "~/components/page-notice";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "logistics.dispatch.title");

// Another district's data is "not found": the district in the address must be one the dispatcher serves.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "pickup:dispatch");
  return dispatchPage(getDb(), user.id, new URL(request.url), requestLocale(request));
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "pickup:dispatch");
  return dispatchAction(getDb(), user.id, request);
}

export default function DispatchPage() {
  const { t } = useTranslation();
  const { districts, districtId, day, done, view } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl">{t("logistics.dispatch.title")}</h1>
        <p>{t("logistics.dispatch.intro")}</p>
      </div>
      <PageNotice text={done ? t(`logistics.dispatch.result.${done}`) : null} problem={done === "changed"} />
      {view ? (
        <>
          <DayChooser districts={districts} districtId={districtId} day={day} />
          <BuildForm
            key={`${districtId}-${day}`}
            requests={view.requests}
            couriers={view.couriers}
            districtId={districtId}
            day={day}
            lastResult={lastResult}
          />
          <DayManifests manifests={view.manifests} />
          <WaitingAtBranch parts={view.atBranch} districtId={districtId} />
        </>
      ) : (
        <p>{t("logistics.dispatch.noDistricts")}</p>
      )}
    </div>
  );
}
