import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { formatDate } from "~/utils/format";
import type { Locale } from "~/utils/i18n/locales";
import type { ChecklistRow } from "./checklist-view.server";
import { ChecklistStepSchema } from "./schemas";

/** One step: its status and date, and what that step records (registration number; bank card). */
export function ChecklistStepForm({
  row,
  lastResult,
}: {
  row: ChecklistRow;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t, i18n } = useTranslation();
  const [form, fields] = useValidatedForm(`step-${row.step}`, ChecklistStepSchema, lastResult, {
    step: row.step,
    status: row.status ?? "",
    doneOn: row.doneOn ?? "",
    registrationNumber: row.detail.registrationNumber ?? "",
    bank: row.detail.bank ?? "",
  });
  const titleId = `${row.step}-title`;
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="card p-4 flex flex-col gap-3"
      aria-labelledby={titleId}
      autoComplete="off"
    >
      <h3 id={titleId} className="text-lg">
        {t(`checklist.step.${row.step}.name`)}
      </h3>
      <p>{t(`checklist.step.${row.step}.plain`)}</p>
      {row.status ? (
        <p>
          {t(`checklist.status.${row.status}`)}
          {row.doneOn ? ` · ${formatDate(row.doneOn, i18n.language as Locale)}` : null}
          {row.helpedBy ? ` · ${t("onboarding.checklist.helpedBy", { name: row.helpedBy })}` : null}
          {row.detail.cardLast4
            ? ` · ${t("onboarding.checklist.card", { bank: row.detail.bank, last4: row.detail.cardLast4 })}`
            : null}
        </p>
      ) : null}
      <FormErrors errors={form.errors} />
      <input type="hidden" name={fields.step.name} value={row.step} />
      <RadioChoices
        meta={fields.status}
        legend={t("onboarding.checklist.status")}
        choices={(["DONE", "WAITING"] as const).map((value) => ({ value, label: t(`checklist.status.${value}`) }))}
      />
      <Field meta={fields.doneOn} label={t("onboarding.checklist.doneOn")} type="date" />
      {row.step === "SE_REGISTERED" ? (
        <Field meta={fields.registrationNumber} label={t("onboarding.checklist.registrationNumber")} type="text" />
      ) : null}
      {row.step === "SE_BANK_CARD" ? (
        <>
          <Field meta={fields.bank} label={t("onboarding.checklist.bank")} type="text" />
          <Field
            meta={fields.cardNumber}
            label={t("onboarding.checklist.cardNumber")}
            hint={t("onboarding.checklist.cardHint")}
            type="text"
            inputMode="numeric"
          />
        </>
      ) : null}
      <button type="submit" className="btn btn-secondary self-start">
        {t("onboarding.checklist.save")}
      </button>
    </Form>
  );
}
