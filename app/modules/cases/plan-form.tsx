import { getFormProps, getSelectProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FieldError, FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import type { CaseView } from "./case-read.server";
import { PlanFormSchema } from "./schemas";
import { ACTION_STATUSES } from "./terms";

/** Empty action rows a form offers beyond the saved ones: there is no JavaScript needed to add one. */
const SPARE_ROWS = 2;

/** A new version of the plan, starting from the current one: goals one per line, then the actions. */
export function PlanForm(props: {
  current: CaseView["plans"][number] | null;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const saved = props.current?.actions ?? [];
  const blank = { what: "", who: "", byWhen: "", status: "planned" };
  const [form, fields] = useValidatedForm("plan", PlanFormSchema, props.lastResult, {
    goals: props.current?.goals.join("\n") ?? "",
    actions: [...saved, ...Array.from({ length: SPARE_ROWS }, () => blank)] as never,
  });
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4" autoComplete="off">
      <input type="hidden" name="intent" value="version" />
      <FormErrors errors={form.errors} />
      <TextAreaField meta={fields.goals} label={t("cases.plan.goals")} hint={t("cases.plan.goalsHint")} rows={4} />
      <p className="field-hint">{t("cases.plan.emptyRows")}</p>
      {fields.actions.getFieldList().map((row, i) => {
        const action = row.getFieldset();
        return (
          <fieldset key={row.key} className="card p-3 flex flex-col gap-2">
            <legend className="font-semibold">{t("cases.plan.action", { n: i + 1 })}</legend>
            <Field meta={action.what} label={t("cases.plan.what")} type="text" />
            <Field meta={action.who} label={t("cases.plan.who")} type="text" />
            <Field meta={action.byWhen} label={t("cases.plan.byWhen")} type="date" />
            <div className="field">
              <label htmlFor={action.status.id}>{t("cases.plan.status")}</label>
              <select {...getSelectProps(action.status)} className="input">
                {ACTION_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`cases.actionStatus.${status}`)}
                  </option>
                ))}
              </select>
              <FieldError meta={action.status} />
            </div>
          </fieldset>
        );
      })}
      <button type="submit" className="btn btn-primary self-start">
        {t("cases.plan.save")}
      </button>
    </Form>
  );
}
