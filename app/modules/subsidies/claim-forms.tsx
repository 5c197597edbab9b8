import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxChoices, SelectField } from "~/components/choice-fields";
import { Field, FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import type { ClaimView } from "./claim-view.server";
import { DocumentsSchema, PaymentSchema, REFUSAL_REASONS, RejectSchema, ReturnSchema } from "./reasons";

type Reply = SubmissionResult<string[]> | undefined;

function Titled({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="card p-4 flex flex-col gap-3">
      <h2 id={`${id}-title`} className="text-xl">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The programme's documents, ticked as seen with the artisan; then submit, or throw the draft away. */
export function DraftForms({ claim, lastResult }: { claim: ClaimView; lastResult: Reply }) {
  const { t } = useTranslation();
  const seen = claim.programme.documents.filter((doc) => doc.seen).map((doc) => doc.id);
  const [form, fields] = useValidatedForm("documents", DocumentsSchema, lastResult, { documentIds: seen });
  const ready = claim.checks.every((check) => check.met) && claim.programme.documents.every((doc) => doc.seen);
  return (
    <>
      <Titled id="documents" title={t("subsidies.claim.documents")}>
        <Form method="post" {...getFormProps(form)} className="flex flex-col gap-3">
          <FormErrors errors={form.errors} />
          <input type="hidden" name="intent" value="documents" />
          <CheckboxChoices
            meta={fields.documentIds}
            legend={t("subsidies.claim.documentsLegend")}
            choices={claim.programme.documents.map((doc) => ({ value: doc.id, label: doc.name }))}
          />
          <button type="submit" className="btn btn-secondary self-start">
            {t("subsidies.claim.saveDocuments")}
          </button>
        </Form>
      </Titled>
      <Titled id="submit" title={t("subsidies.claim.submitTitle")}>
        <p>{t(claim.needsCountersign ? "subsidies.claim.submitCountersign" : "subsidies.claim.submitHint")}</p>
        {ready ? null : <p>{t("subsidies.claim.notReady")}</p>}
        <Form method="post" className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="submit" className="btn btn-primary" disabled={!ready}>
            {t("subsidies.claim.submit")}
          </button>
          <button type="submit" name="intent" value="discard" className="btn btn-quiet">
            {t("subsidies.claim.discard")}
          </button>
        </Form>
      </Titled>
    </>
  );
}

/** A D or F worker countersigns a level-A worker's claim, or sends it back saying what to mend. */
export function CountersignForms({ lastResult }: { lastResult: Reply }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("return", ReturnSchema, lastResult);
  return (
    <Titled id="countersign" title={t("subsidies.countersign.title")}>
      <p>{t("subsidies.countersign.hint")}</p>
      <Form method="post">
        <button type="submit" name="intent" value="countersign" className="btn btn-primary">
          {t("subsidies.countersign.submit")}
        </button>
      </Form>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-3">
        <FormErrors errors={form.errors} />
        <input type="hidden" name="intent" value="return" />
        <TextAreaField meta={fields.note} label={t("subsidies.countersign.note")} rows={3} />
        <button type="submit" className="btn btn-secondary self-start">
          {t("subsidies.countersign.return")}
        </button>
      </Form>
    </Titled>
  );
}

/** The branch head's decision: approve (the amount is set now, from the BCA in force today) or refuse with a reason. */
export function DecisionForms({ lastResult }: { lastResult: Reply }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("reject", RejectSchema, lastResult);
  return (
    <Titled id="decide" title={t("subsidies.decide.title")}>
      <p>{t("subsidies.decide.approveHint")}</p>
      <Form method="post">
        <button type="submit" name="intent" value="approve" className="btn btn-primary">
          {t("subsidies.decide.approve")}
        </button>
      </Form>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-3">
        <FormErrors errors={form.errors} />
        <input type="hidden" name="intent" value="reject" />
        <SelectField
          meta={fields.reasonCode}
          label={t("subsidies.decide.reason")}
          placeholder={t("subsidies.decide.choose")}
          options={REFUSAL_REASONS.map((code) => ({ id: code, name: t(`subsidies.reason.${code}`) }))}
        />
        <TextAreaField
          meta={fields.text}
          label={t("subsidies.decide.text")}
          hint={t("subsidies.decide.textHint")}
          rows={3}
        />
        <button type="submit" className="btn btn-secondary self-start">
          {t("subsidies.decide.reject")}
        </button>
      </Form>
    </Titled>
  );
}

/** The payment: the day and the payment order's number. */
export function PaymentForm({ lastResult, today }: { lastResult: Reply; today: string }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("pay", PaymentSchema, lastResult, { paidOn: today });
  return (
    <Titled id="pay" title={t("subsidies.pay.title")}>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-3">
        <FormErrors errors={form.errors} />
        <input type="hidden" name="intent" value="pay" />
        <Field meta={fields.paidOn} type="date" label={t("subsidies.pay.paidOn")} />
        <Field meta={fields.orderNumber} type="text" label={t("subsidies.pay.orderNumber")} autoComplete="off" />
        <button type="submit" className="btn btn-primary self-start">
          {t("subsidies.pay.submit")}
        </button>
      </Form>
    </Titled>
  );
}
