import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/field";

type Row = { id?: string; position?: string; nameUz?: string; nameRu?: string; nameEn?: string; remove?: boolean };

/**
 * The programme's document checklist as numbered rows, without JavaScript: change a number to
 * reorder, fill an empty row to add a document, tick "remove" to take one away. Saved with the form.
 */
export function ChecklistRows({ meta }: { meta: FieldMetadata<Row[] | undefined> }) {
  const { t } = useTranslation();
  const rows = meta.getFieldList();
  return (
    <fieldset className="flex flex-col gap-4" aria-describedby="documents-hint">
      <legend className="text-xl mb-1">{t("admin.programmes.form.documentsTitle")}</legend>
      <p id="documents-hint" className="field-hint">
        {t("admin.programmes.form.documentsHint")}
      </p>
      <ol className="flex flex-col gap-4">
        {rows.map((row, index) => {
          const fields = row.getFieldset();
          const existing = Boolean(fields.id.initialValue);
          const number = index + 1;
          return (
            <li key={row.key ?? index} className="card p-3">
              <fieldset className="flex flex-col gap-3">
                <legend className="font-semibold">
                  {existing
                    ? t("admin.programmes.form.document", { number })
                    : t("admin.programmes.form.newDocument", { number })}
                </legend>
                <input {...getInputProps(fields.id, { type: "hidden" })} />
                <Field
                  meta={fields.position}
                  type="text"
                  inputMode="numeric"
                  label={t("admin.programmes.form.position", { number })}
                />
                <Field meta={fields.nameUz} type="text" label={t("admin.programmes.form.nameUz")} />
                <Field meta={fields.nameRu} type="text" label={t("admin.programmes.form.nameRu")} />
                <Field meta={fields.nameEn} type="text" label={t("admin.programmes.form.nameEn")} />
                {existing ? (
                  <label className="flex items-start gap-3 min-h-11 py-2 cursor-pointer">
                    <input {...getInputProps(fields.remove, { type: "checkbox" })} className="size-5 mt-0.5 shrink-0" />
                    <span>{t("admin.programmes.form.remove", { number })}</span>
                  </label>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
