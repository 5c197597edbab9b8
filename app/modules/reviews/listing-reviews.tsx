import { useTranslation } from "react-i18next";
import { isLocale, type Locale } from "~/utils/i18n/locales";
import type { ListingReviews } from "./queries.server";
import { ReviewCard } from "./review-card";
import { Stars } from "./stars";

/** "4,5" in Uzbek and Russian, "4.5" in English: one decimal, the reader's decimal sign. */
export function formatRating(average: number, locale: Locale): string {
  const text = average.toFixed(1);
  return locale === "en" ? text : text.replace(".", ",");
}

/** The listing page's reviews: the rating said in words, then the newest reviews with answers. */
export function ListingReviewsSection({ reviews, className }: { reviews: ListingReviews; className?: string }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  return (
    <section aria-labelledby="reviews-title" className={`flex flex-col gap-3 ${className ?? ""}`}>
      <h2 id="reviews-title" className="text-2xl">
        {t("reviews.listingTitle")}
      </h2>
      {reviews.average === null ? (
        <p>{t("reviews.noReviews")}</p>
      ) : (
        <>
          <p className="text-lg">
            <Stars rating={reviews.average} />{" "}
            <span className="font-semibold">
              {t("reviews.ratingSummary", { average: formatRating(reviews.average, locale), count: reviews.count })}
            </span>
          </p>
          {reviews.count > reviews.reviews.length ? (
            <p>{t("reviews.showingNewest", { shown: reviews.reviews.length })}</p>
          ) : null}
          <ul className="flex flex-col gap-3">
            {reviews.reviews.map((review) => (
              <ReviewCard key={review.id} review={review} name={review.buyerName} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
