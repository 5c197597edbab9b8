import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices, SelectField } from "~/components/choice-fields";
import { Field, FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import type { CaseView } from "./case-read.server";
import { ReferralAnswerSchema, ReferralSchema } from "./schemas";
import { REFERRAL_ANSWERS, REFERRAL_KINDS } from "./terms";

type Last = SubmissionResult<string[]> | undefined;

/** Sending a referral: where to, which organisation, the day it went. */
export function SendReferralForm(props: { today: string; lastResult: Last }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("referral", ReferralSchema, props.lastResult, { sentOn: props.today });
  return (
    <Form method="post" {...getFormProps(form)} className="card p-4 flex flex-col gap-3" autoComplete="off">
      <input type="hidden" name="intent" value="send" />
      <FormErrors errors={form.errors} />
      <SelectField
        meta={fields.kind}
        label={t("cases.referral.kind")}
        placeholder={t("cases.referral.chooseKind")}
        options={REFERRAL_KINDS.map((kind) => ({ id: kind, name: t(`cases.referralKind.${kind}`) }))}
      />
      <Field meta={fields.organisation} label={t("cases.referral.organisation")} type="text" />
      <Field meta={fields.sentOn} label={t("cases.referral.sentOn")} type="date" />
      <p className="field-hint">{t("cases.referral.dueHint")}</p>
      <button type="submit" className="btn btn-primary self-start">
        {t("cases.referral.submit")}
      </button>
    </Form>
  );
}

/** The organisation's answer to one referral: accepted, refused (why), or the service done. */
export function AnswerReferralForm(props: {
  referral: CaseView["referrals"][number];
  today: string;
  lastResult: Last;
}) {
  const { t } = useTranslation();
  const { referral } = props;
  const [form, fields] = useValidatedForm(`answer-${referral.id}`, ReferralAnswerSchema, props.lastResult, {
    referralId: referral.id,
    respondedOn: props.today,
  });
  const choices = REFERRAL_ANSWERS.filter((status) => status !== referral.status);
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-3" autoComplete="off">
      <input type="hidden" name="intent" value="answer" />
      <input type="hidden" name={fields.referralId.name} value={referral.id} />
      <FormErrors errors={form.errors} />
      <RadioChoices
        meta={fields.status}
        legend={t("cases.referral.answerStatus")}
        choices={choices.map((value) => ({ value, label: t(`cases.referralStatus.${value}`) }))}
      />
      <Field meta={fields.respondedOn} label={t("cases.referral.respondedOn")} type="date" />
      <TextAreaField meta={fields.response} label={t("cases.referral.response")} rows={3} />
      <button type="submit" className="btn btn-secondary self-start">
        {t("cases.referral.saveAnswer")}
      </button>
    </Form>
  );
}
