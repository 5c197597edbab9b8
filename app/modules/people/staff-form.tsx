import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { DistrictChoices } from "./district-choices";
import { OccupationCodeField } from "./level-fields";
import type { RegionDistricts } from "./districts.server";
import { ACCOUNT_LOCALES, CreateStaffSchema, LEVELS, STAFF_ROLES } from "./schemas";

/** The new staff account: who, how to reach them, what they do, where, and their language. */
export function StaffForm({
  regions,
  lastResult,
}: {
  regions: RegionDistricts[];
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("new-staff", CreateStaffSchema, lastResult, { locale: "uz" });
  const chosen = [fields.districtIds.initialValue ?? []].flat().map(String);
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-5">
      <FormErrors errors={form.errors} />
      <Field meta={fields.name} label={t("people.form.name")} type="text" autoComplete="off" />
      <p>{t("people.form.contactHint")}</p>
      <Field meta={fields.email} label={t("people.form.email")} type="email" autoComplete="off" />
      <Field
        meta={fields.phone}
        label={t("people.form.phone")}
        hint={t("people.form.phoneHint")}
        type="tel"
        autoComplete="off"
      />
      <RadioChoices
        meta={fields.role}
        legend={t("people.form.role")}
        choices={STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      <RadioChoices
        meta={fields.level}
        legend={t("people.form.level")}
        choices={LEVELS.map((level) => ({ value: level, label: t(`people.level.${level}`) }))}
      />
      <OccupationCodeField meta={fields.occupationCode} />
      <DistrictChoices
        regions={regions}
        chosen={chosen}
        error={fields.districtIds.errors?.[0]}
        errorId={fields.districtIds.errorId}
      />
      <RadioChoices
        meta={fields.locale}
        legend={t("people.form.locale")}
        choices={ACCOUNT_LOCALES.map((locale) => ({ value: locale, label: t(`people.locale.${locale}`) }))}
      />
      <button type="submit" className="btn btn-primary self-start">
        {t("people.form.create")}
      </button>
    </Form>
  );
}
