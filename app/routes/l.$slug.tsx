import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import { ListingBuyBox } from "~/modules/cart/listing-buy-box";
import { CertifiedNotes } from "~/modules/certificates/certified-notes";
import {
  certifiedNotes,
  listingCertifications,
  listingCertificationSeo,
} from "~/modules/certificates/listing-certifications.server";
import { listingPanel } from "~/modules/cart/listing-panel.server";
import { getPublicListing } from "~/modules/catalog/listing.server";
import { ListingSection } from "~/modules/catalog/listing-card";
import { ListingGallery } from "~/modules/catalog/listing-gallery";
import { listingMeta, ProductJsonLd } from "~/modules/catalog/product-meta";
import { listingSeo } from "~/modules/catalog/product-seo.server";
import { relatedListings } from "~/modules/catalog/related.server";
import { ListingReviewsSection } from "~/modules/reviews/listing-reviews";
import { listingReviews } from "~/modules/reviews/queries.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { BadgeExplainer } from "~/modules/verification/badge-explainer";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { contentTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? [...contentTitle(matches, data.listing.title), ...listingMeta(data.listing.title, data.seo)] : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const locale = requestLocale(request);
  const [listing, buying, related, reviews, certifications] = await Promise.all([
    getPublicListing(getDb(), slug, locale),
    listingPanel(getDb(), request, slug),
    relatedListings(getDb(), slug, locale),
    listingReviews(getDb(), { slug }, locale),
    listingCertifications(getDb(), slug, locale),
  ]);
  if (!listing || !buying) notFound();
  const headers = buying.viewedCookie ? { "Set-Cookie": buying.viewedCookie } : undefined;
  const seo = listingSeo(listing, reviews, listingCertificationSeo(certifications, locale));
  const certified = certifiedNotes(certifications, locale);
  return data({ listing, panel: buying.panel, related, reviews, certified, seo }, { headers });
}

export default function ListingPage() {
  const { t } = useTranslation();
  const { listing, panel, related, reviews, certified, seo } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="listing-title" className="grid gap-6 md:grid-cols-2">
      <ProductJsonLd seo={seo} />
      <ListingGallery images={listing.images} />
      <div className="flex flex-col gap-4">
        <p className="text-[var(--color-muted)]">{listing.category.name}</p>
        <h1 id="listing-title" className="text-3xl">
          {listing.title}
        </h1>
        <Price minor={listing.priceMinor} className="text-2xl" />
        <p>{listing.stock > 0 ? t("common.inStock", { count: listing.stock }) : t("common.outOfStock")}</p>
        <ListingBuyBox panel={panel} stock={listing.stock} />
        {listing.badge ? <BadgeExplainer verifiedOn={listing.badge.verifiedOn} /> : null}
        <CertifiedNotes notes={certified} />
        <div className="whitespace-pre-line">{listing.description}</div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {listing.materials ? (
            <>
              <dt className="font-semibold">{t("listing.materials")}</dt>
              <dd>{listing.materials}</dd>
            </>
          ) : null}
          {listing.dimensions ? (
            <>
              <dt className="font-semibold">{t("listing.dimensions")}</dt>
              <dd>{listing.dimensions}</dd>
            </>
          ) : null}
        </dl>
        <section aria-labelledby="artisan-title" className="card p-4 flex flex-col gap-2">
          <h2 id="artisan-title" className="text-xl">
            {t("common.madeBy", { name: listing.artisan.name })}
          </h2>
          <p className="text-[var(--color-muted)]">
            {listing.artisan.district}, {listing.artisan.region}
          </p>
          {listing.artisan.story ? <p>{listing.artisan.story}</p> : null}
          <p>
            <Link to={`/a/${listing.artisan.handle}`}>{t("catalog.seeArtisan", { name: listing.artisan.name })}</Link>
          </p>
        </section>
        {panel.own ? null : (
          <p>
            <Link to={`/l/${listing.slug}/report`} className="text-[var(--color-muted)]">
              {t("moderation.report.link")}
            </Link>
          </p>
        )}
      </div>
      <ListingReviewsSection reviews={reviews} className="md:col-span-2" />
      {related.length > 0 ? (
        <ListingSection id="related-title" title={t("catalog.related")} cards={related} className="md:col-span-2" />
      ) : null}
    </article>
  );
}
