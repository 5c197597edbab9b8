import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { ClosedDayList } from "~/modules/logistics/closed-day-list";
import { AddSlotForm, CloseDayForm } from "~/modules/logistics/slot-forms";
import { SlotDistrictChooser } from "~/modules/logistics/slot-district-chooser";
import { slotAction, slotPage } from "~/modules/logistics/slot-page.server";
import { SlotWeek } from "~/modules/logistics/slot-week";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { ConsoleNav } from "~/modules/console/console-nav";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "slots.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "config:manage");
  return slotPage(getDb(), new URL(request.url), requestLocale(request));
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "config:manage");
  return slotAction(getDb(), admin, request);
}

export default function PickupSlotsPage() {
  const { t } = useTranslation();
  const { regions, district, week, closedDays, done } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const added = answer?.intent === "addSlot" ? answer : null;
  const capacity = answer?.intent === "capacity" ? answer : null;
  const closing = answer?.intent === "closeDay" ? answer : null;
  const booked = closing?.bookings ?? 0;
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("slots.title")}</h1>
      <ConsoleNav current="/admin/pickup-slots" />
      <p>{t("slots.intro")}</p>
      <SlotDistrictChooser regions={regions} districtId={district?.id ?? ""} />
      {district ? (
        <>
          <h2 className="text-2xl">{t("slots.districtTitle", { district: district.name, region: district.region })}</h2>
          <PageNotice text={done && !answer ? t(`slots.done.${done}`) : null} />
          <PageNotice text={booked ? t("slots.closed.booked", { count: booked }) : null} problem />
          <p>{t("slots.keptNote")}</p>
          <SlotWeek
            districtId={district.id}
            week={week}
            refused={capacity ? { slotId: capacity.slotId, typed: capacity.typed } : null}
          />
          <AddSlotForm
            key={`slot-${district.id}`}
            districtId={district.id}
            lastResult={added?.reply}
            overlap={added?.overlap ?? []}
          />
          <ClosedDayList districtId={district.id} days={closedDays} />
          <CloseDayForm key={`day-${district.id}`} districtId={district.id} lastResult={closing?.reply} />
        </>
      ) : (
        <p>{t("slots.noDistrict")}</p>
      )}
    </div>
  );
}
