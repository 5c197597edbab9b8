import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { approveListing, rejectListing, type DecisionResult } from "~/modules/moderation/decide.server";
import { DecisionForms } from "~/modules/moderation/decision-forms";
import { ListingReview, ModerationHistory } from "~/modules/moderation/listing-review";
import { RejectSchema } from "~/modules/moderation/reasons";
import { resolveReports } from "~/modules/moderation/reports.server";
import { listingForModeration } from "~/modules/moderation/review.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { contentTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? contentTitle(matches, data.listing.title) : [];

const OUTCOMES = ["approved", "rejected", "resolved", "alreadyDecided"] as const;

// Another district's listing is "not found", as if it did not exist: its id tells the moderator nothing.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "listing:moderate");
  const listing = await listingForModeration(getDb(), user.id, params.id ?? "", requestLocale(request));
  if (!listing) notFound();
  const done = new URL(request.url).searchParams.get("done");
  return { listing, done: OUTCOMES.find((outcome) => outcome === done) ?? null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "listing:moderate");
  const listingId = params.id ?? "";
  const form = await request.formData();
  const intent = form.get("intent");
  // Only the status the moderator saw; anything else fails the conditional write as "already decided".
  const from = form.get("from") === "APPROVED" ? "APPROVED" : "PENDING";
  const back = (outcome: (typeof OUTCOMES)[number]) => redirect(`/moderation/listings/${listingId}?done=${outcome}`);
  if (intent === "resolve") {
    if (!(await resolveReports(getDb(), { listingId, moderatorId: user.id }))) notFound();
    return back("resolved");
  }
  let result: DecisionResult;
  if (intent === "approve") {
    result = await approveListing(getDb(), { listingId, moderatorId: user.id, from });
  } else {
    const submission = parseWithZod(form, { schema: RejectSchema });
    if (submission.status !== "success") return data(submission.reply(), { status: 400 });
    result = await rejectListing(getDb(), { listingId, moderatorId: user.id, from, ...submission.value });
  }
  if (!result.ok && result.reason === "notFound") notFound();
  return back(result.ok ? (intent === "approve" ? "approved" : "rejected") : "alreadyDecided");
}

export default function ModerateListingPage() {
  const { t } = useTranslation();
  const { listing, done } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link to="/moderation">{t("moderation.back")}</Link>
      </p>
      <h1 className="text-3xl">{listing.title}</h1>
      {done ? (
        <p role={done === "alreadyDecided" ? "alert" : "status"} className="card p-3">
          {t(`moderation.result.${done}`)}
        </p>
      ) : null}
      {listing.status === "APPROVED" ? (
        <p>
          <Link to={`/l/${listing.slug}`}>{t("moderation.seePublic")}</Link>
        </p>
      ) : null}
      <ListingReview listing={listing} />
      <ModerationHistory listing={listing} />
      <DecisionForms listing={listing} lastResult={lastResult} />
    </div>
  );
}
