import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, type DateInput } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import { Stars } from "./stars";

export type ReviewView = { rating: number; body: string; createdAt: DateInput; artisanReply: string | null };

/**
 * One review as anyone reads it: rating in words, who (first name only) and when, the text and
 * the artisan's answer. `about` names the item where the page lists several.
 */
export function ReviewCard({ review, name, about, children }: { review: ReviewView; name?: string; about?: ReactNode; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(review.createdAt, isLocale(i18n.language) ? i18n.language : "uz");
  return (
    <li className="card p-4 flex flex-col gap-2">
      {about}
      <p>
        <Stars rating={review.rating} /> <span className="font-semibold">{t("reviews.ratingText", { rating: review.rating })}</span>
      </p>
      <p className="text-[var(--color-muted)]">{name ? t("reviews.reviewFrom", { name, date }) : date}</p>
      <p className="whitespace-pre-line">{review.body}</p>
      {review.artisanReply ? (
        <div className="border-l-4 border-[var(--color-line)] pl-3">
          <p className="font-semibold">{t("reviews.artisanReply")}</p>
          <p className="whitespace-pre-line">{review.artisanReply}</p>
        </div>
      ) : null}
      {children}
    </li>
  );
}
