import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { reviewTarget } from "~/modules/reviews/queries.server";
import { RatingFieldset } from "~/modules/reviews/rating-fieldset";
import { REVIEW_BODY, ReviewSchema } from "~/modules/reviews/schemas";

import { writeReview } from "~/modules/reviews/write.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reviews.newTitle");

// Anyone but the buyer of the item gets "not found": the id tells a stranger nothing.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const target = await reviewTarget(getDb(), user.id, params.orderItemId ?? "", requestLocale(request));
  if (!target) notFound();
  return target;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await request.formData(), { schema: ReviewSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await writeReview(getDb(), {
    buyerId: user.id,
    orderItemId: params.orderItemId ?? "",
    ...submission.value,
    locale: requestLocale(request),
  });
  if (result.ok) return redirect("/account/reviews?review=sent");
  if (result.reason === "notFound") notFound();
  // The schema already passed, so "invalid" cannot happen here; the page shows the other refusals.
  return data(submission.reply({ formErrors: [`reviews.${result.reason}`] }), { status: 409 });
}

export default function NewReviewPage() {
  const { t } = useTranslation();
  const { item, state } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useValidatedForm("review", ReviewSchema, lastResult);
  return (
    <section aria-labelledby="review-title" className="max-w-2xl flex flex-col gap-4">
      <h1 id="review-title" className="text-3xl">
        {t("reviews.newTitle")}
      </h1>
      <p>{t("reviews.newIntro", { title: item.title, number: item.orderNumber })}</p>
      {state === "open" ? (
        <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
          <FormErrors errors={form.errors} />
          <RatingFieldset meta={fields.rating} />
          <TextAreaField meta={fields.body} label={t("reviews.bodyLabel")} hint={t("reviews.bodyHint", REVIEW_BODY)} />
          <button type="submit" className="btn btn-primary self-start">
            {t("reviews.submit")}
          </button>
        </Form>
      ) : (
        <p role="status" className="card p-4">
          {t(`reviews.${state}`)}
        </p>
      )}
      <p>
        <Link to="/account/reviews">{t("reviews.accountLink")}</Link>
      </p>
    </section>
  );
}
