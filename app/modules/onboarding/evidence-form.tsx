import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices, SelectField } from "~/components/choice-fields";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { DISABILITY_GROUPS, EvidenceSchema } from "./schemas";

/** Step 3: what the certificate says, as seen at the visit. Nothing is photographed or copied. */
export function EvidenceForm(props: {
  districts: { id: string; name: string }[];
  needsCountersign: boolean;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("evidence", EvidenceSchema, props.lastResult);
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4" autoComplete="off">
      <FormErrors errors={form.errors} />
      <RadioChoices
        meta={fields.group}
        legend={t("onboarding.evidence.group")}
        choices={DISABILITY_GROUPS.map((value) => ({ value, label: t("onboarding.evidence.groupN", { n: value }) }))}
      />
      <Field meta={fields.certificateNumber} label={t("onboarding.evidence.number")} type="text" />
      <Field meta={fields.issuedOn} label={t("onboarding.evidence.issuedOn")} type="date" />
      <Field
        meta={fields.validUntil}
        label={t("onboarding.evidence.validUntil")}
        hint={t("onboarding.evidence.validUntilHint")}
        type="date"
      />
      <Field meta={fields.commission} label={t("onboarding.evidence.commission")} type="text" />
      <SelectField
        meta={fields.commissionDistrictId}
        label={t("onboarding.evidence.commissionDistrict")}
        placeholder={t("caseload.new.chooseDistrict")}
        options={props.districts}
      />
      <p className="field-hint">{t("onboarding.evidence.noCopy")}</p>
      {props.needsCountersign ? <p role="note">{t("onboarding.evidence.countersignNote")}</p> : null}
      <button type="submit" className="btn btn-primary self-start">
        {t("onboarding.evidence.save")}
      </button>
    </Form>
  );
}
