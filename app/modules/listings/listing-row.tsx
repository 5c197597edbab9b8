import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import { PriceStockForm, type PriceStockAnswer } from "./price-stock-form";
import { isEditable } from "./steps";

type Row = {
  id: string;
  slug: string;
  title: string;
  status: string;
  rejectionReason: string | null;
  priceMinor: number;
  stock: number;
};

/**
 * One of the artisan's listings: its status in words, the moderator's reason, and what can be done.
 * `answer` is the server's answer to this row's price-and-stock form, if it was this row's.
 */
export function ListingRow({ listing, answer }: { listing: Row; answer: PriceStockAnswer | null }) {
  const { t } = useTranslation();
  const title = listing.title || t("studio.untitled");
  return (
    <li className="card p-4 flex flex-col gap-2">
      <h2 className="text-xl">
        {listing.status === "APPROVED" ? <Link to={`/l/${listing.slug}`}>{title}</Link> : title}
      </h2>
      <p>
        <span className="font-semibold">{t(`studio.status.${listing.status}`)}</span>
        {listing.priceMinor > 0 ? (
          <>
            {" · "}
            <Price minor={listing.priceMinor} />
          </>
        ) : null}
      </p>
      {listing.status === "REJECTED" && listing.rejectionReason ? (
        <p>{t("studio.rejectedBecause", { reason: listing.rejectionReason })}</p>
      ) : null}
      {listing.status === "APPROVED" ? (
        <>
          <p>{t("studio.priceStock.inStock", { count: listing.stock })}</p>
          {/* A saved price or stock starts the form afresh from the new values. */}
          <PriceStockForm
            key={`${listing.priceMinor}-${listing.stock}`}
            listing={{ ...listing, title }}
            answer={answer}
          />
        </>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {isEditable(listing.status) ? (
          <Link
            to={`/studio/listings/${listing.id}/photos`}
            className="btn btn-secondary"
            aria-label={t("studio.editNamed", { title })}
          >
            {t("studio.edit")}
          </Link>
        ) : null}
        {listing.status !== "ARCHIVED" ? (
          <Link
            to={`/studio/certificates/help/${listing.id}`}
            className="btn btn-quiet"
            aria-label={t("certificates.help.askFor", { title })}
          >
            {t("certificates.help.rowLink")}
          </Link>
        ) : null}
        {listing.status !== "ARCHIVED" ? (
          <Form method="post">
            <input type="hidden" name="listingId" value={listing.id} />
            <button
              type="submit"
              name="intent"
              value="archive"
              className="btn btn-quiet"
              aria-label={t("studio.archiveNamed", { title })}
            >
              {t("studio.archive")}
            </button>
          </Form>
        ) : null}
      </div>
    </li>
  );
}
