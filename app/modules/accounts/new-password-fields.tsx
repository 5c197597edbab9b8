import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/field";

type Meta = FieldMetadata<string | undefined>;

/** A new password and its repetition, as sign-up and password reset both ask for them. */
export function NewPasswordFields({ password, confirm, label }: { password: Meta; confirm: Meta; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Field meta={password} label={label} hint={t("auth.passwordHint")} type="password" autoComplete="new-password" />
      <Field meta={confirm} label={t("auth.confirmPassword")} type="password" autoComplete="new-password" />
    </>
  );
}
