import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "~/components/choice-fields";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { BranchSchema } from "./branch-schemas";
import { ConsoleNav } from "~/modules/console/console-nav";

type Values = Partial<Record<"districtId" | "phone" | (typeof LANGUAGES)[number]["fields"][number], string>>;

// One fieldset per language the buyer may read: name, address and hours side by side.
const LANGUAGES = [
  { key: "uz", fields: ["nameUz", "address", "hours"] },
  { key: "ru", fields: ["nameRu", "addressRu", "hoursRu"] },
  { key: "en", fields: ["nameEn", "addressEn", "hoursEn"] },
] as const;
const LABELS = ["name", "address", "hours"] as const;

/** A branch's district, phone, and its name, address and hours in three languages. */
export function BranchForm({
  values,
  districts,
  lastResult,
  submitLabel,
}: {
  values: Values | null;
  districts: { id: string; name: string }[];
  lastResult: SubmissionResult<string[]> | undefined;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("branch", BranchSchema, lastResult, values ?? undefined);
  return (
    <Form method="post" {...getFormProps(form)} className="card p-4 flex flex-col gap-4">
      <FormErrors errors={form.errors} />
      <SelectField
        meta={fields.districtId}
        label={t("config.branches.district")}
        options={districts}
        placeholder={t("config.branches.chooseDistrict")}
      />
      <Field meta={fields.phone} type="tel" label={t("config.branches.phone")} autoComplete="off" />
      {LANGUAGES.map((language) => (
        <fieldset key={language.key} className="flex flex-col gap-4">
          <legend className="font-semibold mb-1">{t(`config.languages.${language.key}`)}</legend>
          {language.fields.map((name, index) => (
            <Field
              key={name}
              meta={fields[name]}
              type="text"
              label={t(`config.branches.${LABELS[index]}`)}
              hint={LABELS[index] === "hours" ? t("config.branches.hoursHint") : undefined}
            />
          ))}
        </fieldset>
      ))}
      <button type="submit" className="btn btn-primary self-start">
        {submitLabel}
      </button>
    </Form>
  );
}

/** The new-branch and edit-branch pages: a way back to the list, the title and the form. */
export function BranchPage({ title, ...form }: { title: string } & Parameters<typeof BranchForm>[0]) {
  const { t } = useTranslation();
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <p>
        <Link to="/admin/branches" className="inline-flex min-h-11 items-center">
          {t("config.branches.back")}
        </Link>
      </p>
      <h1 className="text-3xl">{title}</h1>
      <ConsoleNav current="/admin/branches" />
      <BranchForm {...form} />
    </div>
  );
}
