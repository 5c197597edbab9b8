import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "~/components/choice-fields";
import { FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import type { EvidenceDetails } from "~/modules/verification/evidence.server";
import { GrantSchema, REVOKE_REASONS, RevokeSchema, SEND_BACK_REASONS, SendBackSchema } from "./reasons";

type Reply = SubmissionResult<string[]> | undefined;

/**
 * The group and certificate number: a button that opens them (a POST, audited), or what it opened.
 * The values exist only in that one answer, never in a URL.
 */
export function CertificatePanel({ details }: { details: EvidenceDetails | undefined }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="certificate-title" className="card p-4 flex flex-col gap-3">
      <h2 id="certificate-title" className="text-xl">
        {t("badges.certificate.title")}
      </h2>
      {details ? (
        <dl className="grid grid-cols-1 sm:grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t("badges.certificate.group")}</dt>
          <dd>{details.group}</dd>
          <dt className="font-semibold">{t("badges.certificate.number")}</dt>
          <dd className="break-all">{details.certificateNumber}</dd>
        </dl>
      ) : (
        <Form method="post" className="flex flex-col gap-3">
          <p>{t("badges.certificate.hint")}</p>
          <button type="submit" name="intent" value="show" className="btn btn-secondary self-start">
            {t("badges.certificate.show")}
          </button>
        </Form>
      )}
    </section>
  );
}

/** Grants the badge; a refusal (someone else decided, the evidence or consent no longer stands) shows above the button. */
export function GrantForm({ lastResult }: { lastResult: Reply }) {
  const { t } = useTranslation();
  const [form] = useValidatedForm("grant", GrantSchema, lastResult);
  return (
    <Form method="post" {...getFormProps(form)} className="card p-4 flex flex-col gap-3" aria-labelledby="grant-title">
      <h2 id="grant-title" className="text-xl">
        {t("badges.grant.title")}
      </h2>
      <FormErrors errors={form.errors} />
      <p>{t("badges.grant.hint")}</p>
      <button type="submit" name="intent" value="grant" className="btn btn-primary self-start">
        {t("badges.grant.submit")}
      </button>
    </Form>
  );
}

/** Sends a request back, or takes a granted badge away: a reason from the list, and words for the people told. */
export function ReasonForm({ intent, lastResult }: { intent: "sendBack" | "revoke"; lastResult: Reply }) {
  const { t } = useTranslation();
  const sendBack = intent === "sendBack";
  const [form, fields] = useValidatedForm(intent, sendBack ? SendBackSchema : RevokeSchema, lastResult);
  const reasons = sendBack ? SEND_BACK_REASONS : REVOKE_REASONS;
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="card p-4 flex flex-col gap-4"
      aria-labelledby={`${intent}-title`}
    >
      <h2 id={`${intent}-title`} className="text-xl">
        {t(sendBack ? "badges.sendBack.title" : "badges.revoke.title")}
      </h2>
      {sendBack ? null : <p>{t("badges.revoke.hint")}</p>}
      <FormErrors errors={form.errors} />
      <input type="hidden" name="intent" value={intent} />
      <SelectField
        meta={fields.reasonCode}
        label={t("badges.sendBack.reason")}
        placeholder={t("badges.sendBack.choose")}
        options={reasons.map((code) => ({ id: code, name: t(`badges.reason.${code}`) }))}
      />
      <TextAreaField
        meta={fields.text}
        label={t("badges.sendBack.text")}
        hint={t("badges.sendBack.textHint")}
        rows={3}
      />
      <button type="submit" className="btn btn-secondary self-start">
        {t(sendBack ? "badges.sendBack.submit" : "badges.revoke.submit")}
      </button>
    </Form>
  );
}
