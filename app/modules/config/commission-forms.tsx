import { TitledForm } from "~/components/titled-form";
import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import { Field, TextAreaField } from "~/components/field";
import { Price } from "~/components/price";
import { useValidatedForm } from "~/components/use-validated-form";
import { formatDate } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import { formatMoney, fromMinor } from "~/utils/money";
import { CommissionRuleSchema, SELLER_CATEGORIES } from "./commission-schemas";
import type { PreviewRow } from "./commission-rules.server";

/** "5 %", "12,5 %": basis points as a person reads a percentage. */
export function percentText(basisPoints: number, locale: string) {
  const text = (basisPoints / 100).toString();
  return `${locale === "en" ? text : text.replace(".", ",")} %`;
}

/** A new rule: for whom, how much, from which day, and a note saying why. */
export function AddRuleForm({
  lastResult,
  tomorrow,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  tomorrow: string;
}) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("add-rule", CommissionRuleSchema, lastResult, { startsOn: tomorrow });
  return (
    <TitledForm form={form} title={t("config.commission.addTitle")}>
      <RadioChoices
        meta={fields.sellerCategory}
        legend={t("config.commission.category")}
        choices={SELLER_CATEGORIES.map((value) => ({ value, label: t(`config.commission.categories.${value}`) }))}
      />
      <Field
        meta={fields.percent}
        type="text"
        inputMode="decimal"
        label={t("config.commission.percent")}
        hint={t("config.commission.percentHint")}
      />
      <Field
        meta={fields.startsOn}
        type="date"
        label={t("config.commission.startsOn")}
        hint={t("config.commission.startsOnHint")}
      />
      <TextAreaField meta={fields.note} label={t("config.commission.note")} rows={2} />
      <button type="submit" name="intent" value="add" className="btn btn-primary self-start">
        {t("config.commission.add")}
      </button>
    </TitledForm>
  );
}

/** "What would a sale of this size pay?": a plain GET form; the answer is in the URL and the table. */
export function CommissionPreview({
  amount,
  amountMinor,
  rows,
}: {
  amount: string;
  amountMinor: number | null;
  rows: PreviewRow[] | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  return (
    <section className="card p-4 flex flex-col gap-4" aria-labelledby="preview-title">
      <h2 id="preview-title" className="text-xl">
        {t("config.commission.previewTitle")}
      </h2>
      <Form method="get" className="flex flex-col gap-4">
        <div className="field">
          <label htmlFor="preview-amount">{t("config.commission.sample")}</label>
          <p id="preview-amount-hint" className="field-hint">
            {t("config.commission.sampleHint")}
          </p>
          <input
            id="preview-amount"
            name="amount"
            inputMode="numeric"
            className="input"
            defaultValue={amount}
            aria-describedby="preview-amount-hint"
          />
          {amount && !rows ? <p className="field-error">{t("config.errors.amountInvalid")}</p> : null}
        </div>
        <button type="submit" className="btn btn-secondary self-start">
          {t("config.commission.preview")}
        </button>
      </Form>
      {rows && amountMinor !== null ? (
        <table className="table-stack w-full text-left border-collapse">
          <caption className="text-left">
            {t("config.commission.previewCaption", { amount: formatMoney(fromMinor(amountMinor), locale) })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="py-2 pr-4">
                {t("config.commission.category")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("config.commission.rule")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("config.commission.charged")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("config.commission.received")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                className="border-b border-[var(--color-line)] align-top"
                key={`${row.category}-${row.state}-${row.startsOn}`}
              >
                <td data-label={t("config.commission.category")} className="py-2 pr-4">
                  {t(`config.commission.categories.${row.category}`)}
                </td>
                <td data-label={t("config.commission.rule")} className="py-2 pr-4">
                  {percentText(row.basisPoints, locale)} —{" "}
                  {row.state === "inForce"
                    ? t("config.commission.today")
                    : t("config.commission.from", { date: formatDate(row.startsOn!, locale) })}
                </td>
                <td data-label={t("config.commission.charged")} className="py-2 pr-4">
                  <Price minor={row.chargedMinor} />
                </td>
                <td data-label={t("config.commission.received")} className="py-2 pr-4">
                  <Price minor={row.receivedMinor} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
