import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices, SelectField } from "~/components/choice-fields";
import { Field, FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { ContactSchema, OUTREACH_SOURCES, WORK_RECOMMENDATION } from "./schemas";

type District = { id: string; name: string; mahallas: { id: string; name: string }[] };

/**
 * A person named for a visit. Mahallas of every district the worker serves are one list, each
 * named with its district, so the form needs no script to offer the right ones.
 */
export function ContactForm({
  districts,
  lastResult,
}: {
  districts: District[];
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("outreach-contact", ContactSchema, lastResult);
  const mahallas = districts.flatMap((d) =>
    d.mahallas.map((m) => ({ id: m.id, name: districts.length > 1 ? `${d.name}: ${m.name}` : m.name })),
  );
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
      <SelectField
        meta={fields.districtId}
        label={t("caseload.new.district")}
        placeholder={t("caseload.new.chooseDistrict")}
        options={districts}
      />
      <SelectField
        meta={fields.mahallaId}
        label={t("caseload.new.mahalla")}
        placeholder={t("caseload.new.chooseMahalla")}
        options={mahallas}
      />
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
