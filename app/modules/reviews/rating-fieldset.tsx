import { getFieldsetProps, getInputProps, type FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { RATINGS } from "./schemas";
import { Stars } from "./stars";

/**
 * Five radio buttons, each named in words ("4 of 5 – very good"): the stars beside them are
 * decoration, so no one needs to tell colours or count shapes to choose.
 */
export function RatingFieldset({ meta }: { meta: FieldMetadata<unknown> }) {
  const { t } = useTranslation();
  const error = meta.errors?.[0];
  return (
    <fieldset {...getFieldsetProps(meta)} className="field">
      <legend className="font-semibold mb-1">{t("reviews.ratingLegend")}</legend>
      {error ? (
        <p id={meta.errorId} className="field-error">
          {t(error)}
        </p>
      ) : null}
      {RATINGS.map((rating) => (
        <label key={rating} htmlFor={`${meta.id}-${rating}`} className="flex items-center gap-3 min-h-11 cursor-pointer">
          <input {...getInputProps(meta, { type: "radio", value: String(rating) })} id={`${meta.id}-${rating}`} className="size-6" />
          <Stars rating={rating} />
          <span>{t(`reviews.rating${rating}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
