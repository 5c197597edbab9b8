import { getInputProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import type { InputHTMLAttributes, ReactNode } from "react";
import { useTranslation } from "react-i18next";

type FieldProps = {
  meta: FieldMetadata<string | undefined>;
  label: string;
  type: "text" | "email" | "password" | "tel" | "search" | "date";
  hint?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "autoComplete" | "inputMode" | "autoFocus" | "readOnly">;

type Described = { meta: FieldMetadata<string | undefined>; label: string; hint?: string };

/**
 * Label, hint and (translated) error around one control, tied to it for screen readers: the
 * control gets the ids to put in aria-describedby.
 */
function FieldFrame({
  meta,
  label,
  hint,
  children,
}: Described & { children: (describedBy: string | undefined) => ReactNode }) {
  const hintId = hint ? `${meta.id}-hint` : undefined;
  const error = meta.errors?.[0];
  const describedBy = [hintId, error ? meta.errorId : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      <FieldError meta={meta} />
    </div>
  );
}

/** A control's first error, translated, under the id its aria-describedby names. */
export function FieldError({ meta }: { meta: Pick<FieldMetadata<unknown>, "errors" | "errorId"> }) {
  const { t } = useTranslation();
  const error = meta.errors?.[0];
  return error ? (
    <p id={meta.errorId} className="field-error">
      {t(error)}
    </p>
  ) : null;
}

/** A labelled input whose hint and (translated) error are tied to it for screen readers. */
export function Field({ meta, label, type, hint, ...rest }: FieldProps) {
  return (
    <FieldFrame meta={meta} label={label} hint={hint}>
      {(describedBy) => (
        <input {...getInputProps(meta, { type })} {...rest} className="input" aria-describedby={describedBy} />
      )}
    </FieldFrame>
  );
}

/** The same for longer text; `saved` is text already stored (an answer being edited), shown until the person submits. */
export function TextAreaField({
  meta,
  label,
  hint,
  rows = 5,
  saved,
}: Described & { rows?: number; saved?: string | null }) {
  const props = getTextareaProps(meta);
  return (
    <FieldFrame meta={meta} label={label} hint={hint}>
      {(describedBy) => (
        <textarea
          {...props}
          defaultValue={props.defaultValue ?? saved ?? undefined}
          rows={rows}
          className="input"
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

/** Errors that belong to the whole form (wrong password, too many attempts), announced when they appear. */
export function FormErrors({ errors }: { errors: string[] | undefined }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <div role="alert" className="card border-[var(--color-danger)] p-4 field-error">
      {errors.map((e) => (
        <p key={e}>{t(e)}</p>
      ))}
    </div>
  );
}
