import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { buyerReviews, reviewableItems } from "~/modules/reviews/queries.server";
import { ReviewCard } from "~/modules/reviews/review-card";
import { requestLocale } from "~/modules/shell/locale.server";
import { requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reviews.accountTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = requestLocale(request);
  const [waiting, written] = await Promise.all([
    reviewableItems(getDb(), user.id, locale),
    buyerReviews(getDb(), user.id, locale),
  ]);
  return { waiting, written };
}

export default function AccountReviewsPage() {
  const { t } = useTranslation();
  const { waiting, written } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("reviews.accountTitle")}</h1>
      {params.get("review") === "sent" ? (
        <p role="status" className="card p-4">
          {t("reviews.sent")}
        </p>
      ) : null}
      <section aria-labelledby="waiting-title" className="flex flex-col gap-3">
        <h2 id="waiting-title" className="text-2xl">
          {t("reviews.waitingTitle")}
        </h2>
        {waiting.length === 0 ? <p>{t("reviews.waitingEmpty")}</p> : null}
        <ul className="flex flex-col gap-2">
          {waiting.map((item) => (
            <li key={item.orderItemId} className="card p-4 flex flex-wrap items-center justify-between gap-3">
              <span>
                <Link to={`/l/${item.slug}`}>{item.title}</Link>
                <span className="block text-[var(--color-muted)]">
                  {t("reviews.orderNumber", { number: item.orderNumber })}
                </span>
              </span>
              <Link to={`/reviews/new/${item.orderItemId}`} className="btn btn-primary">
                {t("reviews.writeLink", { title: item.title })}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="written-title" className="flex flex-col gap-3">
        <h2 id="written-title" className="text-2xl">
          {t("reviews.yourTitle")}
        </h2>
        {written.length === 0 ? <p>{t("reviews.yourEmpty")}</p> : null}
        <ul className="flex flex-col gap-3">
          {written.map((review) => (
            <ReviewCard
              key={review.id}
              review={review}
              about={
                <Link to={`/l/${review.slug}`} className="font-semibold">
                  {review.title}
                </Link>
              }
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
