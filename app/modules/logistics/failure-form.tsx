import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import { TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { FAILURE_REASONS, FailureSchema } from "./failure-reasons";

type Props = { pickupId: string; stopName: string; lastResult: SubmissionResult<string[]> | null | undefined };

/** "Could not pick up", behind a disclosure (no script needed): a reason from the list, and words. */
export function FailureForm({ pickupId, stopName, lastResult }: Props) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(`fail-${pickupId}`, FailureSchema, lastResult);
  return (
    <details open={Boolean(lastResult)} className="flex flex-col gap-3">
      <summary className="btn btn-secondary text-lg w-full sm:w-auto">
        {t("logistics.courier.couldNotPickUp")}
        <span className="visually-hidden">: {stopName}</span>
      </summary>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4 pt-3">
        <input type="hidden" name="intent" value="failed" />
        <input type="hidden" name="pickupId" value={pickupId} />
        <RadioChoices
          meta={fields.reason}
          legend={t("logistics.courier.reasonLegend")}
          choices={FAILURE_REASONS.map((value) => ({ value, label: t(`logistics.failure.${value}`) }))}
        />
        <TextAreaField
          meta={fields.detail}
          label={t("logistics.courier.detail")}
          hint={t("logistics.courier.detailHint")}
          rows={2}
        />
        <button type="submit" className="btn btn-primary self-start">
          {t("logistics.courier.saveFailure")}
        </button>
      </Form>
    </details>
  );
}
