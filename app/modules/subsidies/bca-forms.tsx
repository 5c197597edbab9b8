import { TitledForm } from "~/components/titled-form";
import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/field";
import { Price } from "~/components/price";
import { useValidatedForm } from "~/components/use-validated-form";
import { formatDate } from "~/utils/format";
import { isLocale } from "~/utils/i18n/locales";
import { BcaSchema } from "./programme-schemas";

/** A new value and the day it starts from. */
export function AddBcaForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("add-bca", BcaSchema, lastResult);
  return (
    <TitledForm form={form} title={t("admin.bca.addTitle")}>
      <Field
        meta={fields.amountSom}
        type="text"
        inputMode="numeric"
        label={t("admin.bca.amount")}
        hint={t("admin.bca.amountHint")}
      />
      <Field
        meta={fields.effectiveFrom}
        type="date"
        label={t("admin.bca.effectiveFrom")}
        hint={t("admin.bca.effectiveFromHint")}
      />
      <button type="submit" name="intent" value="add" className="btn btn-primary self-start">
        {t("admin.bca.add")}
      </button>
    </TitledForm>
  );
}

export type Lookup = { day: string; minor: number | null } | null;

/** "Which value was in force on a day?": a plain GET form, answered by the loader. */
export function BcaLookup({ lookup }: { lookup: Lookup }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  return (
    <Form method="get" className="card p-4 flex flex-col gap-4" aria-labelledby="bca-lookup">
      <h2 id="bca-lookup" className="text-xl">
        {t("admin.bca.lookupTitle")}
      </h2>
      <div className="field">
        <label htmlFor="bca-on">{t("admin.bca.lookupDay")}</label>
        <input id="bca-on" name="on" type="date" className="input" defaultValue={lookup?.day} required />
      </div>
      <button type="submit" className="btn btn-secondary self-start">
        {t("admin.bca.lookup")}
      </button>
      {lookup ? (
        <p role="status">
          {lookup.minor === null ? (
            t("admin.bca.lookupNone", { date: formatDate(lookup.day, locale) })
          ) : (
            <>
              {t("admin.bca.lookupResult", { date: formatDate(lookup.day, locale) })} <Price minor={lookup.minor} />
            </>
          )}
        </p>
      ) : null}
    </Form>
  );
}
