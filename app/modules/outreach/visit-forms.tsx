import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import { Field, FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { PlanVisitSchema, RecordVisitSchema, VISIT_OUTCOMES } from "./schemas";

type Reply = SubmissionResult<string[]> | undefined;

/** Plans a visit on a date, or moves the one already planned. */
export function PlanVisitForm({ lastResult, moving }: { lastResult: Reply; moving: boolean }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("plan-visit", PlanVisitSchema, lastResult);
  return (
    <Form method="post" {...getFormProps(form)} className="card p-4 flex flex-col gap-4" aria-labelledby="plan-title">
      <h2 id="plan-title" className="text-xl">
        {t(moving ? "caseload.plan.move" : "caseload.plan.title")}
      </h2>
      <FormErrors errors={form.errors} />
      <Field meta={fields.plannedOn} label={t("caseload.plan.date")} type="date" />
      <button type="submit" name="intent" value="plan" className="btn btn-secondary self-start">
        {t("caseload.plan.submit")}
      </button>
    </Form>
  );
}

/** What happened at the planned visit: the date, who was there, the person's decision (a refusal with its reason). */
export function RecordVisitForm({ lastResult }: { lastResult: Reply }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("record-visit", RecordVisitSchema, lastResult);
  return (
    <Form method="post" {...getFormProps(form)} className="card p-4 flex flex-col gap-4" aria-labelledby="record-title">
      <h2 id="record-title" className="text-xl">
        {t("caseload.record.title")}
      </h2>
      <FormErrors errors={form.errors} />
      <Field meta={fields.doneOn} label={t("caseload.record.date")} type="date" />
      <TextAreaField meta={fields.present} label={t("caseload.record.present")} rows={2} />
      <RadioChoices
        meta={fields.outcome}
        legend={t("caseload.record.outcome")}
        choices={VISIT_OUTCOMES.map((value) => ({ value, label: t(`caseload.outcome.${value}`) }))}
      />
      <TextAreaField meta={fields.declineReason} label={t("caseload.record.reason")} rows={2} />
      <button type="submit" name="intent" value="record" className="btn btn-primary self-start">
        {t("caseload.record.submit")}
      </button>
    </Form>
  );
}
