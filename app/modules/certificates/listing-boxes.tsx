import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export type ListingOption = { id: string; title: string };

/** One checkbox per listing of the artisan's (44 px rows): the ones this certificate covers. */
export function ListingBoxes({ listings, checked }: { listings: ListingOption[]; checked: string[] }) {
  const { t } = useTranslation();
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="font-semibold mb-1">{t("certificates.links.legend")}</legend>
      {listings.length === 0 ? <p>{t("certificates.links.none")}</p> : null}
      {listings.map((listing) => (
        <label key={listing.id} className="flex items-start gap-3 min-h-11 py-2 cursor-pointer">
          <input
            type="checkbox"
            name="listingIds"
            value={listing.id}
            defaultChecked={checked.includes(listing.id)}
            className="size-5 mt-0.5 shrink-0"
          />
          <span>{listing.title}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The links alone, changed on a certificate's page. */
export function LinkForm({ listings, checked }: { listings: ListingOption[]; checked: string[] }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="card p-4 flex flex-col gap-3" aria-labelledby="links-title">
      <h2 id="links-title" className="text-xl">
        {t("certificates.links.title")}
      </h2>
      <input type="hidden" name="intent" value="link" />
      <ListingBoxes listings={listings} checked={checked} />
      <button type="submit" className="btn btn-secondary self-start">
        {t("certificates.links.save")}
      </button>
    </Form>
  );
}
