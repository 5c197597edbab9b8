import { getEnv } from "~/utils/env.server";
import type { PublicListing } from "./listing.server";

/** "150000.00": schema.org wants a plain decimal, and money never goes through a float. */
export function decimalString(minor: number): string {
  const whole = Math.trunc(minor / 100);
  return `${whole}.${String(minor % 100).padStart(2, "0")}`;
}

/**
 * What search engines and link previews read about a listing: schema.org Product/Offer and the
 * OpenGraph fields, with absolute URLs on the public address (APP_URL).
 */
export function listingSeo(
  listing: PublicListing,
  rating?: { average: number | null; count: number },
  /** Its verified product certificates (certificates/public.server: certificationJsonLd), if any. */
  certification: { hasCertification?: object[] } = {},
) {
  const base = getEnv().APP_URL;
  const url = new URL(`/l/${listing.slug}`, base).toString();
  const image = listing.images[0] ? new URL(listing.images[0].src, base).toString() : null;
  const description = listing.description.slice(0, 160);
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: listing.title,
    description,
    sku: listing.slug,
    url,
    ...(image ? { image: [image] } : {}),
    category: listing.category.name,
    brand: { "@type": "Brand", name: listing.artisan.name },
    offers: {
      "@type": "Offer",
      url,
      price: decimalString(listing.priceMinor),
      priceCurrency: "UZS",
      availability: listing.stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      seller: { "@type": "Person", name: listing.artisan.name },
    },
    // Only with real reviews: search engines reject an aggregateRating with no ratings behind it.
    ...(rating?.average != null && rating.count > 0
      ? {
          aggregateRating: {
            "@type": "AggregateRating",
            ratingValue: rating.average,
            reviewCount: rating.count,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
    ...certification,
  };
  return { url, image, description, jsonLd };
}

export type ListingSeo = ReturnType<typeof listingSeo>;
