import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import { FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { DECLINE_REASONS } from "./decline-reasons";
import { DeclineSchema } from "./schemas";

type Props = { acceptError: string | undefined; declineResult: SubmissionResult<string[]> | undefined };

/** A new part: accept it, or decline it with a reason the buyer will read. Two plain forms. */
export function RespondForms({ acceptError, declineResult }: Props) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("decline", DeclineSchema, declineResult);
  return (
    <section aria-labelledby="respond-title" className="card flex flex-col gap-6 p-4">
      <h2 id="respond-title" className="text-xl">
        {t("fulfilment.respondTitle")}
      </h2>
      <Form method="post" className="flex flex-col gap-2">
        <FormErrors errors={acceptError ? [acceptError] : undefined} />
        <p>{t("fulfilment.acceptHint")}</p>
        <button type="submit" name="intent" value="accept" className="btn btn-primary self-start">
          {t("fulfilment.accept")}
        </button>
      </Form>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <input type="hidden" name="intent" value="decline" />
        <h3 className="text-lg">{t("fulfilment.declineTitle")}</h3>
        <FormErrors errors={form.errors} />
        <RadioChoices
          meta={fields.reason}
          legend={t("fulfilment.declineLegend")}
          choices={DECLINE_REASONS.map((value) => ({ value, label: t(`fulfilment.declineReasons.${value}`) }))}
        />
        <TextAreaField
          meta={fields.reasonText}
          label={t("fulfilment.reasonTextLabel")}
          hint={t("fulfilment.reasonTextHint")}
          rows={3}
        />
        <button type="submit" className="btn btn-secondary self-start">
          {t("fulfilment.decline")}
        </button>
      </Form>
    </section>
  );
}
