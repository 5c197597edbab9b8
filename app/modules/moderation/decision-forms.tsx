import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import { FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { REJECTION_REASONS, RejectSchema } from "./reasons";
import type { ModerationListing } from "./review.server";

type Props = { listing: ModerationListing; lastResult: SubmissionResult<string[]> | null | undefined };

/** What the moderator can do with the listing in its present status; `from` makes the write conditional on it. */
export function DecisionForms({ listing, lastResult }: Props) {
  const { t } = useTranslation();
  const decidable = listing.status === "PENDING" || listing.status === "APPROVED";
  if (!decidable && listing.reports.length === 0) return null;
  return (
    <section aria-labelledby="decide-title" className="card flex flex-col gap-6 p-4">
      <h2 id="decide-title" className="text-xl">
        {t("moderation.decideTitle")}
      </h2>
      {listing.status === "PENDING" ? (
        <Form method="post">
          <input type="hidden" name="from" value={listing.status} />
          <button type="submit" name="intent" value="approve" className="btn btn-primary">
            {t("moderation.approve")}
          </button>
        </Form>
      ) : null}
      {decidable ? <RejectForm listing={listing} lastResult={lastResult} /> : null}
      {listing.reports.length > 0 ? (
        <Form method="post">
          <button type="submit" name="intent" value="resolve" className="btn btn-secondary">
            {t("moderation.resolve")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

function RejectForm({ listing, lastResult }: Props) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("reject", RejectSchema, lastResult);
  // An approved listing is only taken down after a report: the same reasons, other words.
  const pending = listing.status === "PENDING";
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
      <input type="hidden" name="intent" value="reject" />
      <input type="hidden" name="from" value={listing.status} />
      <FormErrors errors={form.errors} />
      <RadioChoices
        meta={fields.reasonCode}
        legend={t(pending ? "moderation.rejectLegend" : "moderation.removeLegend")}
        choices={REJECTION_REASONS.map((value) => ({ value, label: t(`moderation.rejectReasons.${value}`) }))}
      />
      <TextAreaField
        meta={fields.reasonText}
        label={t("moderation.reasonTextLabel")}
        hint={t("moderation.reasonTextHint")}
        rows={3}
      />
      <button type="submit" className="btn btn-secondary self-start">
        {t(pending ? "moderation.reject" : "moderation.remove")}
      </button>
    </Form>
  );
}
