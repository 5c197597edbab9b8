import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useValidatedForm } from "~/components/use-validated-form";
import { usePageLocale } from "~/modules/orders/use-locale";
import { formatMoney, fromMinor } from "~/utils/money";
import { PriceStockFields, useStart } from "./step-forms";
import { PriceSchema } from "./steps";

/** The last answer to this row's form: what was typed, and how many are left if a sale came first. */
export type PriceStockAnswer = { listingId: string; result: SubmissionResult<string[]>; stockNow?: number };

type Props = {
  listing: { id: string; title: string; priceMinor: number; stock: number };
  answer: PriceStockAnswer | null;
};

/**
 * "Change price or stock" for an approved listing on My goods, in a disclosure that opens again
 * when the server answered this row. A plain post, checked like the price step.
 */
export function PriceStockForm({ listing, answer }: Props) {
  const { t } = useTranslation();
  const saved = { priceSom: String(Math.floor(listing.priceMinor / 100)), stock: String(listing.stock) };
  const [form, fields] = useValidatedForm(`price-stock-${listing.id}`, PriceSchema, useStart(answer?.result, saved));
  return (
    <details open={answer !== null} className="card p-3">
      <summary className="min-h-11 flex items-center cursor-pointer">
        {t("studio.priceStock.open")}
        <span className="visually-hidden">: {listing.title}</span>
      </summary>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4 pt-2">
        <p className="field-hint">{t("studio.priceStock.noReview")}</p>
        {answer?.stockNow !== undefined ? (
          <p role="alert" className="field-error">
            {t("studio.priceStock.stockChanged", { count: answer.stockNow })}
          </p>
        ) : null}
        <input type="hidden" name="listingId" value={listing.id} />
        <input type="hidden" name="stockWas" value={listing.stock} />
        <PriceStockFields fields={fields} />
        <button type="submit" name="intent" value="price-stock" className="btn btn-primary self-start">
          {t("studio.priceStock.save")}
          <span className="visually-hidden">: {listing.title}</span>
        </button>
      </Form>
    </details>
  );
}

/** After a save (?priced=<id>): what the listing now sells at and how many, said at the top of My goods. */
export function usePriceSavedText(
  listing: { title: string; priceMinor: number; stock: number } | undefined,
): string | null {
  const { t } = useTranslation();
  const locale = usePageLocale();
  if (!listing) return null;
  const price = formatMoney(fromMinor(listing.priceMinor), locale);
  return t("studio.priceStock.saved", { title: listing.title || t("studio.untitled"), price, count: listing.stock });
}
