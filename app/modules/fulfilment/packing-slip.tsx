import { useTranslation } from "react-i18next";
import { PickupSummary } from "./pickup-summary";
import type { StudioPart } from "./queries.server";

/** The paper that travels with the parcel: whose order, what is inside, who made it, how it leaves, and a line to sign. */
export function PackingSlip({ part }: { part: StudioPart }) {
  const { t } = useTranslation();
  return (
    <article aria-labelledby="slip-title" className="packing-slip card flex flex-col gap-4 p-6">
      <h1 id="slip-title" className="text-3xl">
        {t("fulfilment.slipTitle", { number: part.number })}
      </h1>
      <p>{t("fulfilment.slipPart", { id: part.id.slice(-8).toUpperCase() })}</p>
      <table className="w-full text-left">
        <caption className="visually-hidden">{t("fulfilment.slipItems")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("fulfilment.slipItem")}</th>
            <th scope="col">{t("fulfilment.slipQuantity")}</th>
          </tr>
        </thead>
        <tbody>
          {part.items.map((item) => (
            <tr key={item.id}>
              <td>{item.title}</td>
              <td>{item.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t("fulfilment.madeBy", { name: part.artisan.displayName })}</p>
      <p>
        {t("fulfilment.deliveryMethod")}: {t(`orders.deliveryMethod.${part.deliveryMethod}`)}
      </p>
      {part.pickup ? <PickupSummary pickup={part.pickup} /> : null}
      <p className="mt-12 border-t border-current pt-1">{t("fulfilment.courierSignature")}</p>
    </article>
  );
}
