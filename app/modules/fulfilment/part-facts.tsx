import { useTranslation } from "react-i18next";
import { usePageLocale } from "~/modules/orders/use-locale";
import { formatDate } from "~/utils/format";
import { declineReasonText } from "./decline-reasons";
import { PartItems } from "./part-items";
import { PickupSummary } from "./pickup-summary";
import type { StudioPart } from "./queries.server";

/** What the artisan needs to know of a part: status, date, items, how it travels, the buyer's first name and district. */
export function PartFacts({ part }: { part: StudioPart }) {
  const { t } = useTranslation();
  const locale = usePageLocale();
  return (
    <section aria-labelledby="facts-title" className="card flex flex-col gap-3 p-4">
      <h2 id="facts-title" className="text-xl">
        {t("fulfilment.factsTitle")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt>{t("fulfilment.statusLabel")}</dt>
        <dd>
          <strong>{t(`fulfilment.status.${part.status}`)}</strong>
        </dd>
        <dt>{t("fulfilment.placedAt")}</dt>
        <dd>{formatDate(part.placedAt, locale)}</dd>
        <dt>{t("fulfilment.buyer")}</dt>
        <dd>{part.buyer.district ? `${part.buyer.firstName}, ${part.buyer.district}` : part.buyer.firstName}</dd>
        <dt>{t("fulfilment.deliveryMethod")}</dt>
        <dd>{t(`orders.deliveryMethod.${part.deliveryMethod}`)}</dd>
        {part.declineReason ? (
          <>
            <dt>{t("fulfilment.declineReasonLabel")}</dt>
            <dd>{declineReasonText(part.declineReason, t)}</dd>
          </>
        ) : null}
      </dl>
      <PartItems part={part} />
      {part.pickup ? <PickupSummary pickup={part.pickup} /> : null}
    </section>
  );
}
