import { getFormProps, type FormMetadata } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { FormErrors } from "./field";

/** A posted form in a card, named by its heading for screen readers, with the form's own errors first. */
export function TitledForm<Schema extends Record<string, unknown>>({
  form,
  title,
  children,
}: {
  form: FormMetadata<Schema, string[]>;
  title: string;
  children: ReactNode;
}) {
  const titleId = `${form.id}-title`;
  return (
    <Form method="post" {...getFormProps(form)} className="card p-4 flex flex-col gap-4" aria-labelledby={titleId}>
      <h2 id={titleId} className="text-xl">
        {title}
      </h2>
      <FormErrors errors={form.errors} />
      {children}
    </Form>
  );
}
