import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { HelperSchema, RELATIONSHIPS } from "./helper-schemas";

/** A family member written down as the artisan's helper: name, phone (their login), who they are. */
export function HelperForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("helper", HelperSchema, lastResult);
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
      <input type="hidden" name="intent" value="add" />
      <FormErrors errors={form.errors} />
      <Field meta={fields.name} label={t("welcome.helper.name")} type="text" autoComplete="off" />
      <Field
        meta={fields.phone}
        label={t("welcome.helper.phone")}
        hint={t("welcome.helper.phoneHint")}
        type="tel"
        inputMode="tel"
        autoComplete="off"
      />
      <RadioChoices
        meta={fields.relationship}
        legend={t("welcome.helper.relationship")}
        choices={RELATIONSHIPS.map((value) => ({ value, label: t(`welcome.helper.relation.${value}`) }))}
      />
      <button type="submit" className="btn btn-primary self-start">
        {t("welcome.helper.save")}
      </button>
    </Form>
  );
}
