import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import { RATINGS } from "./schemas";
import { Stars } from "./stars";

/**
 * Five radio buttons, each named in words ("4 of 5 – very good"): the stars beside them are
 * decoration, so no one needs to tell colours or count shapes to choose.
 */
export function RatingFieldset({ meta }: { meta: FieldMetadata<unknown> }) {
  const { t } = useTranslation();
  const choices = RATINGS.map((rating) => ({
    value: String(rating),
    label: (
      <span className="flex items-center gap-3">
        <Stars rating={rating} />
        <span>{t(`reviews.rating${rating}`)}</span>
      </span>
    ),
  }));
  return <RadioChoices meta={meta} legend={t("reviews.ratingLegend")} choices={choices} />;
}
