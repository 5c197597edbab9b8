import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Field, FieldError, FormErrors, TextAreaField } from "~/components/field";
import { SelectField } from "~/components/choice-fields";
import { useValidatedForm } from "~/components/use-validated-form";
import { AboutSchema, DetailsSchema, HandmadeSchema, PriceSchema } from "./steps";

type Result = SubmissionResult<string[]> | undefined;
type Saved = Record<string, unknown>;

/**
 * Before the first post, the saved draft fills the form; after it, what the artisan typed does.
 * The saved values are read once: Conform takes every new lastResult object as a new answer.
 */
export function useStart(lastResult: Result, saved: Saved): Result {
  const [initial] = useState(() => ({ initialValue: clean(saved) }));
  return lastResult ?? initial;
}
const clean = (saved: Saved): Record<string, string> =>
  Object.fromEntries(
    Object.entries(saved).flatMap(([k, v]) => (v === true ? [[k, "on"]] : typeof v === "string" && v ? [[k, v]] : [])),
  );

function Next() {
  const { t } = useTranslation();
  return (
    <button type="submit" className="btn btn-primary self-start">
      {t("studio.next")}
    </button>
  );
}

export function AboutForm({
  lastResult,
  saved,
  categories,
}: {
  lastResult: Result;
  saved: Saved;
  categories: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("about", AboutSchema, useStart(lastResult, saved));
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
      <FormErrors errors={form.errors} />
      <SelectField
        meta={fields.categoryId}
        label={t("studio.fields.category")}
        options={categories}
        placeholder={t("studio.fields.chooseCategory")}
      />
      <Field meta={fields.titleUz} type="text" label={t("studio.fields.titleUz")} hint={t("studio.fields.titleHint")} />
      <TextAreaField
        meta={fields.descriptionUz}
        label={t("studio.fields.descriptionUz")}
        hint={t("studio.fields.descriptionHint")}
      />
      <details className="card p-4">
        <summary className="min-h-11 cursor-pointer">{t("studio.fields.otherLanguages")}</summary>
        <Field meta={fields.titleRu} type="text" label={t("studio.fields.titleRu")} />
        <TextAreaField meta={fields.descriptionRu} label={t("studio.fields.descriptionRu")} rows={3} />
        <Field meta={fields.titleEn} type="text" label={t("studio.fields.titleEn")} />
        <TextAreaField meta={fields.descriptionEn} label={t("studio.fields.descriptionEn")} rows={3} />
      </details>
      <Next />
    </Form>
  );
}

export function PriceForm({ lastResult, saved }: { lastResult: Result; saved: Saved }) {
  const [form, fields] = useValidatedForm("price", PriceSchema, useStart(lastResult, saved));
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
      <PriceStockFields fields={fields} />
      <Next />
    </Form>
  );
}

type PriceFields = ReturnType<typeof useValidatedForm<typeof PriceSchema>>[1];

/** Price and stock: the guided form's price step and My goods' change of an approved listing. */
export function PriceStockFields({ fields }: { fields: PriceFields }) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        meta={fields.priceSom}
        type="text"
        inputMode="numeric"
        label={t("studio.fields.price")}
        hint={t("studio.fields.priceHint")}
      />
      <Field
        meta={fields.stock}
        type="text"
        inputMode="numeric"
        label={t("studio.fields.stock")}
        hint={t("studio.fields.stockHint")}
      />
    </>
  );
}

export function DetailsForm({ lastResult, saved }: { lastResult: Result; saved: Saved }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("details", DetailsSchema, useStart(lastResult, saved));
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
      <Field
        meta={fields.materialsUz}
        type="text"
        label={t("studio.fields.materials")}
        hint={t("studio.fields.materialsHint")}
      />
      <Field
        meta={fields.dimensionsUz}
        type="text"
        label={t("studio.fields.dimensions")}
        hint={t("studio.fields.dimensionsHint")}
      />
      <Next />
    </Form>
  );
}

export function HandmadeForm({ lastResult, saved }: { lastResult: Result; saved: Saved }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("handmade", HandmadeSchema, useStart(lastResult, saved));
  const meta = fields.handmade;
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
      <div className="field">
        <label className="flex items-start gap-3 min-h-11 py-2 cursor-pointer">
          <input
            {...getInputProps(meta, { type: "checkbox" })}
            className="size-5 mt-0.5 shrink-0"
            aria-describedby={meta.errors ? meta.errorId : undefined}
          />
          <span>{t("studio.fields.handmade")}</span>
        </label>
        <FieldError meta={meta} />
      </div>
      <Next />
    </Form>
  );
}
