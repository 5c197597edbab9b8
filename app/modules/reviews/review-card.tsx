import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, type DateInput } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import type { LocalText } from "~/utils/i18n/localized";
import { Stars } from "./stars";

export type ReviewView = { rating: number; text: LocalText; createdAt: DateInput; reply: LocalText | null };

/**
 * One review as anyone reads it: rating in words, who (first name only) and when, the text and
 * the artisan's answer. `about` names the item where the page lists several.
 */
export function ReviewCard({
  review,
  name,
  about,
  children,
}: {
  review: ReviewView;
  name?: string;
  about?: ReactNode;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const date = formatDate(review.createdAt, isLocale(i18n.language) ? i18n.language : "uz");
  return (
    <li className="card p-4 flex flex-col gap-2">
      {about}
      <p>
        <Stars rating={review.rating} />{" "}
        <span className="font-semibold">{t("reviews.ratingText", { rating: review.rating })}</span>
      </p>
      <p className="text-[var(--color-muted)]">{name ? t("reviews.reviewFrom", { name, date }) : date}</p>
      <p className="whitespace-pre-line" lang={review.text.lang === i18n.language ? undefined : review.text.lang}>
        {review.text.text}
      </p>
      {review.reply ? (
        <div className="border-l-4 border-[var(--color-line)] pl-3">
          <p className="font-semibold">{t("reviews.artisanReply")}</p>
          <p className="whitespace-pre-line" lang={review.reply.lang === i18n.language ? undefined : review.reply.lang}>
            {review.reply.text}
          </p>
        </div>
      ) : null}
      {children}
    </li>
  );
}
