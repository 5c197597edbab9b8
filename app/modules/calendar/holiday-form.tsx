import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { HolidaySchema } from "./holiday-schema";

/** A holiday's day and its name in the three languages. */
export function AddHolidayForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("add-holiday", HolidaySchema, lastResult);
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="card p-4 flex flex-col gap-4"
      aria-labelledby="add-holiday-title"
    >
      <h2 id="add-holiday-title" className="text-xl">
        {t("admin.holidays.addTitle")}
      </h2>
      <FormErrors errors={form.errors} />
      <Field meta={fields.day} type="date" label={t("admin.holidays.day")} />
      <Field
        meta={fields.nameUz}
        type="text"
        label={t("admin.programmes.form.nameUz")}
        hint={t("admin.programmes.form.nameUzHint")}
      />
      <Field meta={fields.nameRu} type="text" label={t("admin.programmes.form.nameRu")} />
      <Field meta={fields.nameEn} type="text" label={t("admin.programmes.form.nameEn")} />
      <button type="submit" name="intent" value="add" className="btn btn-primary self-start">
        {t("admin.holidays.add")}
      </button>
    </Form>
  );
}
