import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Price } from "~/components/price";
import { getPublicListing } from "~/modules/catalog/listing.server";
import { ListingGallery } from "~/modules/catalog/listing-gallery";
import { requestLocale } from "~/modules/shell/locale.server";
import { BadgeExplainer } from "~/modules/verification/badge-explainer";
import { getDb } from "~/utils/db.server";
import { contentTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data
    ? [...contentTitle(matches, data.listing.title), { name: "description", content: data.listing.description.slice(0, 160) }]
    : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const listing = await getPublicListing(getDb(), params.slug ?? "", requestLocale(request));
  if (!listing) throw new Response(null, { status: 404 });
  return { listing };
}

export default function ListingPage() {
  const { t } = useTranslation();
  const { listing } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="listing-title" className="grid gap-6 md:grid-cols-2">
      <ListingGallery images={listing.images} />
      <div className="flex flex-col gap-4">
        <p className="text-[var(--color-muted)]">{listing.category.name}</p>
        <h1 id="listing-title" className="text-3xl">
          {listing.title}
        </h1>
        <Price minor={listing.priceMinor} className="text-2xl" />
        <p>{listing.stock > 0 ? t("common.inStock", { count: listing.stock }) : t("common.outOfStock")}</p>
        {listing.badge ? <BadgeExplainer verifiedOn={listing.badge.verifiedOn} /> : null}
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
        </section>
      </div>
    </article>
  );
}
