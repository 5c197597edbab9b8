import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { AuthCard } from "./auth-card";
import { NewPasswordFields } from "./new-password-fields";
import { ResetPasswordSchema } from "./schemas";

type Props = {
  formId: string;
  title: string;
  /** Whether the link can still be used; if not, only `invalid` is shown. */
  valid: boolean;
  /** What a link unknown, spent or expired says, and the way on from there. */
  invalid: { text: string; to: string; label: string };
  intro?: ReactNode;
  passwordLabel: string;
  saveLabel: string;
  lastResult: SubmissionResult<string[]> | undefined;
};

/** A page opened from a password link (reset, welcome): the new password twice, or where to go instead. */
export function PasswordLinkPage({
  formId,
  title,
  valid,
  invalid,
  intro,
  passwordLabel,
  saveLabel,
  lastResult,
}: Props) {
  const [form, fields] = useValidatedForm(formId, ResetPasswordSchema, lastResult);
  if (!valid) {
    return (
      <AuthCard title={title} intro={<p role="alert">{invalid.text}</p>}>
        <Link to={invalid.to} className="btn btn-primary">
          {invalid.label}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={title} intro={intro}>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <FormErrors errors={form.errors} />
        <NewPasswordFields password={fields.password} confirm={fields.confirmPassword} label={passwordLabel} />
        <button type="submit" className="btn btn-primary">
          {saveLabel}
        </button>
      </Form>
    </AuthCard>
  );
}
