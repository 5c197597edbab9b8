import { getInputProps, type FieldMetadata } from "@conform-to/react";
import type { InputHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

type FieldProps = {
  meta: FieldMetadata<string | undefined>;
  label: string;
  type: "text" | "email" | "password" | "tel" | "search";
  hint?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "autoComplete" | "inputMode" | "autoFocus">;

/** A labelled input whose hint and (translated) error are tied to it for screen readers. */
export function Field({ meta, label, type, hint, ...rest }: FieldProps) {
  const { t } = useTranslation();
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
      <input {...getInputProps(meta, { type })} {...rest} className="input" aria-describedby={describedBy} />
      {error ? (
        <p id={meta.errorId} className="field-error">
          {t(error)}
        </p>
      ) : null}
    </div>
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
