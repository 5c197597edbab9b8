import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import type { z } from "zod";
import { FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";

type Props<F extends string> = {
  id: string;
  field: F;
  schema: z.ZodType<Record<F, string>>;
  lastResult: SubmissionResult<string[]> | undefined;
  /** Sent as `intent`, when the page takes more than one post. */
  intent?: string;
  label: string;
  hint: string;
  submit: string;
  /** Words already stored (an answer being corrected) or suggested (a question to start from). */
  saved?: string | null;
  title?: string;
  primary?: boolean;
};

/** One text in words (a reason, a question, an answer) and its button: a plain post, errors beside it. */
export function WordsForm<F extends string>({
  id,
  field,
  schema,
  lastResult,
  intent,
  label,
  hint,
  submit,
  saved,
  title,
  primary,
}: Props<F>) {
  const [form, fields] = useValidatedForm(id, schema as never, lastResult);
  const meta = (fields as Record<string, Parameters<typeof TextAreaField>[0]["meta"]>)[field]!;
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="card p-4 flex flex-col gap-3"
      aria-labelledby={title ? `${id}-title` : undefined}
    >
      {title ? (
        <h2 id={`${id}-title`} className="text-xl">
          {title}
        </h2>
      ) : null}
      <FormErrors errors={form.errors} />
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <TextAreaField meta={meta} saved={saved} label={label} hint={hint} />
      <button type="submit" className={`btn ${primary ? "btn-primary" : "btn-secondary"} self-start`}>
        {submit}
      </button>
    </Form>
  );
}

/** The way back to a list, first on each page (a 44 px target). */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p>
      <Link to={to} className="inline-flex min-h-11 items-center">
        {label}
      </Link>
    </p>
  );
}
