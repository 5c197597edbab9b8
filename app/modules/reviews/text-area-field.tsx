import { getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";

type TextAreaFieldProps = {
  meta: FieldMetadata<string | undefined>;
  label: string;
  hint?: string;
  rows?: number;
  /** Text already saved (an answer being edited), shown until the person submits something. */
  saved?: string | null;
};

/** A labelled text area whose hint and (translated) error are tied to it, like Field for inputs. */
export function TextAreaField({ meta, label, hint, rows = 5, saved }: TextAreaFieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${meta.id}-hint` : undefined;
  const error = meta.errors?.[0];
  const props = getTextareaProps(meta);
  const describedBy = [hintId, error ? meta.errorId : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <textarea {...props} defaultValue={props.defaultValue ?? saved ?? undefined} rows={rows} className="input" aria-describedby={describedBy} />
      {error ? (
        <p id={meta.errorId} className="field-error">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}
