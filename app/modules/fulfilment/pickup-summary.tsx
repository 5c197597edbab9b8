import { useTranslation } from "react-i18next";
import { usePageLocale } from "~/modules/orders/use-locale";
import { formatDate } from "~/utils/format";
import type { StudioPart } from "./queries.server";

type Pickup = NonNullable<StudioPart["pickup"]>;

/** How the parcel leaves the artisan's home: a courier in a window, or the artisan takes it to a branch. */
export function PickupSummary({ pickup }: { pickup: Pickup }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  if (pickup.window) {
    const { date, startsAt, endsAt } = pickup.window;
    return <p>{t("fulfilment.pickupWindow", { date: formatDate(date, locale), from: startsAt, to: endsAt })}</p>;
  }
  if (!pickup.branch) return null;
  return (
    <p>
      {t("fulfilment.pickupBranch", { name: pickup.branch.name })} {pickup.branch.address} ({pickup.branch.hours})
    </p>
  );
}
