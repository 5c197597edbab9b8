import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import { Field, FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { CloseSchema, NoteSchema, OpenCaseSchema, ReviewSchema } from "./schemas";
import { CLOSURE_REASONS, SATISFACTION } from "./terms";

type Last = SubmissionResult<string[]> | undefined;

/** Opening a case: only the E-CASE number, when the state's record exists. */
export function OpenCaseForm({ artisanId, lastResult }: { artisanId: string; lastResult: Last }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("open-case", OpenCaseSchema, lastResult, { artisanId });
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4" autoComplete="off">
      <FormErrors errors={form.errors} />
      <input type="hidden" name={fields.artisanId.name} value={artisanId} />
      <Field meta={fields.externalEcaseId} label={t("cases.open.ecase")} hint={t("cases.open.ecaseHint")} type="text" />
      <button type="submit" className="btn btn-primary self-start">
        {t("cases.open.submit")}
      </button>
    </Form>
  );
}

/** A case note; it is sealed, and only the case worker, the branch head and the person read it. */
export function NoteForm({ lastResult }: { lastResult: Last }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("note", NoteSchema, lastResult);
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-3" autoComplete="off">
      <FormErrors errors={form.errors} />
      <TextAreaField meta={fields.body} label={t("cases.note.body")} hint={t("cases.note.hint")} rows={4} />
      <button type="submit" className="btn btn-secondary self-start">
        {t("cases.note.save")}
      </button>
    </Form>
  );
}

/** The worker's note of a monthly review, and how satisfied the person is, in words. */
export function ReviewForm({ lastResult }: { lastResult: Last }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("review", ReviewSchema, lastResult);
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4" autoComplete="off">
      <FormErrors errors={form.errors} />
      <TextAreaField meta={fields.note} label={t("cases.review.note")} />
      <RadioChoices
        meta={fields.satisfaction}
        legend={t("cases.review.satisfaction")}
        choices={[...SATISFACTION].reverse().map((n) => ({ value: String(n), label: t(`cases.satisfaction.${n}`) }))}
      />
      <button type="submit" className="btn btn-primary self-start">
        {t("cases.review.save")}
      </button>
    </Form>
  );
}

/** Closing the case, with its reason; "other" needs words. */
export function CloseForm({ lastResult }: { lastResult: Last }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("close", CloseSchema, lastResult);
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4" autoComplete="off">
      <FormErrors errors={form.errors} />
      <RadioChoices
        meta={fields.reason}
        legend={t("cases.close.reason")}
        choices={CLOSURE_REASONS.map((value) => ({ value, label: t(`cases.closure.${value}`) }))}
      />
      <TextAreaField meta={fields.note} label={t("cases.close.note")} rows={3} />
      <button type="submit" className="btn btn-primary self-start">
        {t("cases.close.submit")}
      </button>
    </Form>
  );
}
