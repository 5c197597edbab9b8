import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import type { CaseView } from "./case-read.server";
import { AcknowledgeSchema } from "./schemas";
import { ACTION_STATUSES } from "./terms";

type Plan = CaseView["plans"][number];

/** The person agreed to this version: the day, and the name of who witnessed it. */
export function AcknowledgeForm(props: {
  plan: Plan;
  today: string;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("acknowledge", AcknowledgeSchema, props.lastResult, {
    version: String(props.plan.version),
    acknowledgedOn: props.today,
  });
  return (
    <Form method="post" {...getFormProps(form)} className="card p-4 flex flex-col gap-3" autoComplete="off">
      <h3 className="text-lg">{t("cases.plan.acknowledge")}</h3>
      <FormErrors errors={form.errors} />
      <input type="hidden" name="intent" value="acknowledge" />
      <input type="hidden" name={fields.version.name} value={props.plan.version} />
      <Field meta={fields.acknowledgedOn} label={t("cases.plan.ackOn")} type="date" />
      <Field meta={fields.witness} label={t("cases.plan.witness")} type="text" />
      <button type="submit" className="btn btn-secondary self-start">
        {t("cases.plan.acknowledgeSave")}
      </button>
    </Form>
  );
}

/** Each action's status on the current version, one small form per action (works without JavaScript). */
export function ActionStatusForms({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <ol className="flex flex-col gap-3">
      {plan.actions.map((action, i) => (
        <li key={i}>
          <Form method="post" className="card p-3 flex flex-col gap-2">
            <input type="hidden" name="intent" value="status" />
            <input type="hidden" name="version" value={plan.version} />
            <input type="hidden" name="action" value={i} />
            <p>{action.what}</p>
            <div className="field">
              <label htmlFor={`status-${i}`}>{t("cases.plan.status")}</label>
              <select id={`status-${i}`} name="status" defaultValue={action.status} className="input">
                {ACTION_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`cases.actionStatus.${status}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn btn-secondary self-start">
              {t("cases.plan.setStatus")}
            </button>
          </Form>
        </li>
      ))}
    </ol>
  );
}
