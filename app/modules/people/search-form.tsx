import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "~/components/choice-fields";
import { Field } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { SEARCH_ROLES, SearchSchema } from "./schemas";

/** Name, email or phone, and a role: posted, so the words never reach a URL. */
export function PeopleSearchForm({ q, role }: { q: string; role: string | null }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("people-search", SearchSchema, undefined, { q, role: role ?? "" });
  return (
    <Form method="post" role="search" {...getFormProps(form)} className="card p-4 flex flex-col gap-3">
      <Field meta={fields.q} label={t("people.list.query")} hint={t("people.list.queryHint")} type="search" />
      <SelectField
        meta={fields.role}
        label={t("people.list.role")}
        placeholder={t("people.list.anyRole")}
        options={SEARCH_ROLES.map((value) => ({ id: value, name: t(`roles.${value}`) }))}
      />
      <button type="submit" className="btn btn-primary self-start">
        {t("people.list.search")}
      </button>
    </Form>
  );
}
