import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import { Field, FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { PlaceFields, type DistrictChoice } from "./place-fields";
import { ContactSchema, OUTREACH_SOURCES, WORK_RECOMMENDATION } from "./schemas";

/** A person named for a visit: who, how to reach them, where they live, how we heard of them. */
export function ContactForm({
  districts,
  lastResult,
}: {
  districts: DistrictChoice[];
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("outreach-contact", ContactSchema, lastResult);
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
      <FormErrors errors={form.errors} />
      <Field meta={fields.name} label={t("caseload.new.name")} type="text" autoComplete="off" />
      <Field
        meta={fields.phone}
        label={t("caseload.new.phone")}
        hint={t("caseload.new.phoneHint")}
        type="tel"
        inputMode="tel"
        autoComplete="off"
      />
      <PlaceFields districts={districts} district={fields.districtId} mahalla={fields.mahallaId} />
      <RadioChoices
        meta={fields.source}
        legend={t("caseload.new.source")}
        choices={OUTREACH_SOURCES.map((value) => ({ value, label: t(`caseload.source.${value}`) }))}
      />
      <TextAreaField meta={fields.sourceNote} label={t("caseload.new.sourceNote")} rows={2} />
      <RadioChoices
        meta={fields.workRecommended}
        legend={t("caseload.new.work")}
        choices={WORK_RECOMMENDATION.map((value) => ({ value, label: t(`caseload.work.${value}`) }))}
      />
      <button type="submit" className="btn btn-primary self-start">
        {t("caseload.new.save")}
      </button>
    </Form>
  );
}
