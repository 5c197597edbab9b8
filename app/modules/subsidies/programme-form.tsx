import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/field";
import { PageNotice } from "~/components/page-notice";
import { useValidatedForm } from "~/components/use-validated-form";
import { ChecklistRows } from "./checklist-rows";
import type { ProgrammeForEdit } from "./programme-list.server";
import {
  DECISION_DAYS_DEFAULT,
  PAYMENT_WORKING_DAYS_DEFAULT,
  ProgrammeSchema,
  type ProgrammeDocumentInput,
} from "./programme-schemas";

type Reply = SubmissionResult<string[]> | undefined;
/** What the form starts from: a programme being changed or copied, or nothing for a new one. */
export type ProgrammeValues = Omit<ProgrammeForEdit, "id" | "claims" | "documents"> & {
  documents: ProgrammeDocumentInput[];
};

const EMPTY_ROWS = 2;

function initialValue(values: ProgrammeValues | null) {
  const documents = (values?.documents ?? []).map((document, index) => ({
    ...document,
    position: String(index + 1),
  }));
  return {
    ...(values ?? {}),
    endsOn: values?.endsOn ?? "",
    decisionDays: String(values?.decisionDays ?? DECISION_DAYS_DEFAULT),
    paymentWorkingDays: String(values?.paymentWorkingDays ?? PAYMENT_WORKING_DAYS_DEFAULT),
    documents: [...documents, ...Array.from({ length: EMPTY_ROWS }, () => ({ nameUz: "" }))],
  };
}

/**
 * A programme's settings and checklist, in one form saved in one go. With claims made, the
 * multiple and start date are shown but not editable, and the page says what to do instead.
 */
export function ProgrammeForm({
  values,
  claims,
  programmeId,
  lastResult,
}: {
  values: ProgrammeValues | null;
  claims: number;
  /** The programme being changed (none for a new one): a locked one offers a copy of itself. */
  programmeId?: string;
  lastResult: Reply;
}) {
  const { t } = useTranslation();
  // Read once (a new object each render would restart the form).
  const [initial] = useState(() => ({ initialValue: initialValue(values) }));
  const [form, fields] = useValidatedForm("programme", ProgrammeSchema, lastResult ?? initial);
  const locked = claims > 0;
  const f = (key: string) => t(`admin.programmes.form.${key}`);
  return (
    <Form method="post" {...getFormProps(form)} className="flex flex-col gap-6">
      <FormErrors errors={form.errors} />
      <section aria-labelledby="programme-about" className="card p-4 flex flex-col gap-4">
        <h2 id="programme-about" className="text-xl">
          {f("aboutTitle")}
        </h2>
        <Field meta={fields.code} type="text" label={f("code")} hint={f("codeHint")} autoComplete="off" />
        <Field meta={fields.nameUz} type="text" label={f("nameUz")} hint={f("nameUzHint")} />
        <Field meta={fields.nameRu} type="text" label={f("nameRu")} />
        <Field meta={fields.nameEn} type="text" label={f("nameEn")} />
      </section>
      <section aria-labelledby="programme-money" className="card p-4 flex flex-col gap-4">
        <h2 id="programme-money" className="text-xl">
          {f("moneyTitle")}
        </h2>
        {locked ? (
          <div className="flex flex-col gap-2">
            <PageNotice text={t("admin.programmes.form.locked", { count: claims })} />
            {programmeId ? (
              <Link to={`/admin/programmes/new?copy=${programmeId}`} className="btn btn-secondary self-start">
                {f("copy")}
              </Link>
            ) : null}
          </div>
        ) : null}
        <Field
          meta={fields.bcaMultiple}
          type="text"
          inputMode="decimal"
          label={f("bcaMultiple")}
          hint={f("bcaMultipleHint")}
          readOnly={locked}
        />
        <Field meta={fields.startsOn} type="date" label={f("startsOn")} readOnly={locked} />
        <Field meta={fields.endsOn} type="date" label={f("endsOn")} hint={f("endsOnHint")} />
        <Field
          meta={fields.decisionDays}
          type="text"
          inputMode="numeric"
          label={f("decisionDays")}
          hint={f("decisionDaysHint")}
        />
        <Field
          meta={fields.paymentWorkingDays}
          type="text"
          inputMode="numeric"
          label={f("paymentWorkingDays")}
          hint={f("paymentWorkingDaysHint")}
        />
        <p>
          <Link to="/admin/holidays" className="inline-flex min-h-11 items-center">
            {t("admin.holidays.link")}
          </Link>
        </p>
      </section>
      <section className="card p-4">
        <ChecklistRows meta={fields.documents} />
      </section>
      <button type="submit" className="btn btn-primary self-start">
        {f(programmeId ? "submitSave" : "submitCreate")}
      </button>
    </Form>
  );
}
