import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { ReplySchema } from "./schemas";

type ReplyFormProps = {
  review: { id: string; buyerName: string; artisanReply: string | null };
  /** The server's answer to the last post, when it was about this review. */
  lastResult: SubmissionResult<string[]> | undefined;
};

/** The artisan's answer to one review; the same form edits an answer already given. */
export function ReplyForm({ review, lastResult }: ReplyFormProps) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(`reply-${review.id}`, ReplySchema, lastResult);
  const answered = review.artisanReply !== null;
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-3">
      <FormErrors errors={form.errors} />
      <input {...getInputProps(fields.reviewId, { type: "hidden", value: false })} value={review.id} />
      <TextAreaField
        meta={fields.reply}
        saved={review.artisanReply}
        label={t("reviews.replyLabel", { name: review.buyerName })}
        hint={t("reviews.replyHint")}
        rows={3}
      />
      <button type="submit" className="btn btn-secondary self-start">
        {t(answered ? "reviews.replySave" : "reviews.replySend")}
      </button>
    </Form>
  );
}
