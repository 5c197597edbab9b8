import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxChoices, RadioChoices, SelectField } from "~/components/choice-fields";
import { Field, FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { PlaceFields, type DistrictChoice } from "~/modules/outreach/place-fields";
import { LOCALE_NAMES, LOCALES } from "~/utils/i18n/locales";
import { GENDERS, PersonSchema } from "./schemas";

type Option = { id: string; name: string };
export type PersonDefaults = { name: string; phone: string; districtId: string; mahallaId: string };

/** Step 1 at the home visit: the person, filled in from the outreach list where it is known. */
export function PersonForm(props: {
  districts: DistrictChoice[];
  crafts: Option[];
  defaults: PersonDefaults;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("onboard-person", PersonSchema, props.lastResult, props.defaults);
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
      <FormErrors errors={form.errors} />
      <Field meta={fields.name} label={t("onboarding.person.name")} type="text" autoComplete="off" />
      <Field
        meta={fields.phone}
        label={t("onboarding.person.phone")}
        hint={t("caseload.new.phoneHint")}
        type="tel"
        inputMode="tel"
        autoComplete="off"
      />
      <SelectField
        meta={fields.locale}
        label={t("onboarding.person.locale")}
        placeholder={t("onboarding.person.chooseLocale")}
        options={LOCALES.map((id) => ({ id, name: LOCALE_NAMES[id] }))}
      />
      <RadioChoices
        meta={fields.gender}
        legend={t("onboarding.person.gender")}
        choices={GENDERS.map((value) => ({ value, label: t(`onboarding.gender.${value}`) }))}
      />
      <Field
        meta={fields.birthYear}
        label={t("onboarding.person.birthYear")}
        type="text"
        inputMode="numeric"
        autoComplete="off"
      />
      <PlaceFields districts={props.districts} district={fields.districtId} mahalla={fields.mahallaId} />
      <CheckboxChoices
        meta={fields.crafts}
        legend={t("onboarding.person.crafts")}
        choices={props.crafts.map((c) => ({ value: c.id, label: c.name }))}
      />
      <TextAreaField meta={fields.address} label={t("onboarding.person.address")} rows={2} />
      <TextAreaField
        meta={fields.accessNotes}
        label={t("onboarding.person.accessNotes")}
        hint={t("onboarding.person.accessHint")}
        rows={3}
      />
      <p className="field-hint">{t("onboarding.person.sealed")}</p>
      <button type="submit" className="btn btn-primary self-start">
        {t("onboarding.person.save")}
      </button>
    </Form>
  );
}
