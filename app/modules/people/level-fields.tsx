import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "~/components/choice-fields";
import { Field } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { LEVELS, LevelSchema } from "./schemas";

/** A social worker's level and occupation code, filled in with what is stored; inside the form "person-level". */
export function LevelFields({ level, occupationCode }: { level: string | null; occupationCode: string | null }) {
  const { t } = useTranslation();
  const [, fields] = useValidatedForm("person-level", LevelSchema, undefined, {
    level: level ?? "",
    occupationCode: occupationCode ?? "",
  });
  return (
    <>
      <SelectField
        meta={fields.level}
        label={t("people.form.level")}
        placeholder={t("people.form.chooseLevel")}
        options={LEVELS.map((value) => ({ id: value, name: t(`people.level.${value}`) }))}
      />
      <OccupationCodeField meta={fields.occupationCode} />
    </>
  );
}

/** "2635.1": the occupation code field of both the new-account form and the level form. */
export function OccupationCodeField({ meta }: { meta: FieldMetadata<string | undefined> }) {
  const { t } = useTranslation();
  return (
    <Field
      meta={meta}
      label={t("people.form.occupationCode")}
      hint={t("people.form.occupationHint")}
      type="text"
      inputMode="decimal"
    />
  );
}
