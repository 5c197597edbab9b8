import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireStudio } from "~/modules/assisted/studio-actor.server";
import { artisanReviews } from "~/modules/reviews/queries.server";
import { ReplyForm } from "~/modules/reviews/reply-form";
import { ReviewCard } from "~/modules/reviews/review-card";
import { ReplySchema } from "~/modules/reviews/schemas";
import { answerReview } from "~/modules/reviews/write.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reviews.studioTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  return { reviews: await artisanReviews(getDb(), actor.artisanId, requestLocale(request)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStudio(request, "listing:manage-own");
  const submission = parseWithZod(await request.formData(), { schema: ReplySchema });
  const reviewId = String(submission.payload.reviewId ?? "");
  if (submission.status !== "success") return data({ reviewId, result: submission.reply() }, { status: 400 });
  const result = await answerReview(getDb(), actor, { ...submission.value, locale: requestLocale(request) });
  if (!result.ok) notFound();
  return redirect(
    `/studio/reviews?replied=${encodeURIComponent(submission.value.reviewId)}#review-${submission.value.reviewId}`,
  );
}

export default function StudioReviewsPage() {
  const { t } = useTranslation();
  const { reviews } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const replied = params.get("replied");
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("reviews.studioTitle")}</h1>
      {replied ? (
        <p role="status" className="card p-4">
          {t("reviews.replied")}
        </p>
      ) : null}
      {reviews.length === 0 ? <p>{t("reviews.studioEmpty")}</p> : null}
      <ul className="flex flex-col gap-4">
        {reviews.map((review) => (
          <ReviewCard
            key={review.id}
            review={review}
            name={review.buyerName}
            about={
              <h2 id={`review-${review.id}`} className="text-xl">
                <Link to={`/l/${review.slug}`}>{t("reviews.aboutItem", { title: review.title })}</Link>
              </h2>
            }
          >
            <ReplyForm
              review={review}
              lastResult={actionData?.reviewId === review.id ? actionData.result : undefined}
            />
          </ReviewCard>
        ))}
      </ul>
    </div>
  );
}
