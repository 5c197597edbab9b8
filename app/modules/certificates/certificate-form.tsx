import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "~/components/choice-fields";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import type { FileRefusal } from "./certificate-file.server";
import { ListingBoxes, type ListingOption } from "./listing-boxes";
import { CERTIFICATE_KINDS, CertificateSchema } from "./schemas";

type Props = {
  lastResult: SubmissionResult<string[]> | undefined;
  fileProblem: FileRefusal | null;
  /** The certificate as stored, when a sent-back one is corrected (its file then need not be sent again). */
  values?: Partial<Record<"kind" | "kindOther" | "issuer" | "number" | "issuedOn" | "expiresOn", string>>;
  /** Listings to tick when recording; none when correcting (links are changed on their own). */
  listings?: ListingOption[];
  checked?: string[];
  submitLabel: string;
};

/** The certificate's facts and its file (a PDF, or a photo of it); a plain multipart post. */
export function CertificateForm({ lastResult, fileProblem, values, listings, checked = [], submitLabel }: Props) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("certificate", CertificateSchema, lastResult, values);
  const correcting = values !== undefined;
  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="card p-4 flex flex-col gap-4">
      <FormErrors errors={form.errors} />
      <SelectField
        meta={fields.kind}
        label={t("certificates.form.kind")}
        placeholder={t("certificates.form.chooseKind")}
        options={CERTIFICATE_KINDS.map((kind) => ({ id: kind, name: t(`certificates.kind.${kind}`) }))}
      />
      <Field
        meta={fields.kindOther}
        type="text"
        label={t("certificates.form.kindOther")}
        hint={t("certificates.form.kindOtherHint")}
      />
      <Field
        meta={fields.issuer}
        type="text"
        label={t("certificates.form.issuer")}
        hint={t("certificates.form.issuerHint")}
      />
      <Field meta={fields.number} type="text" label={t("certificates.form.number")} />
      <Field meta={fields.issuedOn} type="date" label={t("certificates.form.issuedOn")} />
      <Field
        meta={fields.expiresOn}
        type="date"
        label={t("certificates.form.expiresOn")}
        hint={t("certificates.form.expiresOnHint")}
      />
      <div className="field">
        <label htmlFor="certificate-file">{t("certificates.form.file")}</label>
        <p id="certificate-file-hint" className="field-hint">
          {t(correcting ? "certificates.form.fileHintKeep" : "certificates.form.fileHint")}
        </p>
        <input
          id="certificate-file"
          name="file"
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          required={!correcting}
          className="input"
          aria-describedby={fileProblem ? "certificate-file-hint certificate-file-error" : "certificate-file-hint"}
        />
        {fileProblem ? (
          <p id="certificate-file-error" className="field-error">
            {t(`certificates.fileRefused.${fileProblem}`)}
          </p>
        ) : null}
      </div>
      {listings ? <ListingBoxes listings={listings} checked={checked} /> : null}
      <button type="submit" className="btn btn-primary self-start">
        {submitLabel}
      </button>
    </Form>
  );
}
