import { Form, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FavouriteButton, FavouriteNotice } from "~/modules/favourites/favourite-button";
import { OwnWorkNote } from "~/modules/listings/own-work-note";
import { CartNotice } from "./cart-notice";
import { QuantityField } from "./quantity-field";
import type { ListingPanel } from "./listing-panel.server";

/** Add to cart (quantity + button, capped at stock) and the favourite toggle, on the listing page; on her own listing, the way to her studio. */
export function ListingBuyBox({ panel, stock }: { panel: ListingPanel; stock: number }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  if (panel.own) {
    return (
      <div className="flex flex-col gap-3">
        <CartNotice max={stock} />
        <OwnWorkNote />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <CartNotice max={stock} />
      <FavouriteNotice state={params.get("favourite")} />
      {stock > 0 ? (
        <Form method="post" action="/cart" className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="add" />
          <input type="hidden" name="listingId" value={panel.listingId} />
          <input type="hidden" name="returnTo" value={panel.returnTo} />
          <QuantityField id="add-quantity" stock={stock} defaultValue={1} />
          <button type="submit" className="btn btn-primary">
            {t("cart.add")}
          </button>
        </Form>
      ) : null}
      <FavouriteButton listingId={panel.listingId} pressed={panel.favourite} returnTo={panel.returnTo} />
    </div>
  );
}
