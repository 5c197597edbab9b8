import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxChoices } from "~/components/choice-fields";
import { Field, FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import type { CaseView } from "./case-read.server";
import { AssessmentSchema } from "./schemas";
import { ACCOMMODATIONS } from "./terms";

/** The needs assessment, filled in with the person; what was recorded before comes back to be edited. */
export function AssessmentForm(props: {
  saved: CaseView["assessment"];
  today: string;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("assessment", AssessmentSchema, props.lastResult, {
    recordedOn: props.saved?.recordedOn ?? props.today,
    goals: props.saved?.goals ?? "",
    barriers: props.saved?.barriers ?? "",
    accommodations: props.saved?.accommodations ?? [],
    skills: props.saved?.skills ?? "",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4" autoComplete="off">
      <FormErrors errors={form.errors} />
      <Field meta={fields.recordedOn} label={t("cases.assessment.recordedOn")} type="date" />
      <TextAreaField meta={fields.goals} label={t("cases.assessment.goals")} hint={t("cases.assessment.goalsHint")} />
      <TextAreaField meta={fields.barriers} label={t("cases.assessment.barriers")} />
      <CheckboxChoices
        meta={fields.accommodations}
        legend={t("cases.assessment.accommodations")}
        choices={ACCOMMODATIONS.map((value) => ({ value, label: t(`cases.accommodation.${value}`) }))}
      />
      <TextAreaField meta={fields.skills} label={t("cases.assessment.skills")} />
      <button type="submit" className="btn btn-primary self-start">
        {t("cases.assessment.save")}
      </button>
    </Form>
  );
}
