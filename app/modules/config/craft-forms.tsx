import { TitledForm } from "~/components/titled-form";
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { CraftSchema } from "./craft-schemas";

type Reply = SubmissionResult<string[]> | undefined;
type Craft = {
  id: string;
  slug: string;
  name: string;
  nameUz: string;
  nameRu: string;
  nameEn: string;
  sortOrder: number;
  listings: number;
};

function NameFields({ fields }: { fields: ReturnType<typeof useValidatedForm<typeof CraftSchema>>[1] }) {
  const { t } = useTranslation();
  return (
    <>
      <Field meta={fields.nameUz} type="text" label={t("config.crafts.nameUz")} hint={t("config.crafts.nameUzHint")} />
      <Field meta={fields.nameRu} type="text" label={t("config.crafts.nameRu")} />
      <Field meta={fields.nameEn} type="text" label={t("config.crafts.nameEn")} />
      <Field
        meta={fields.sortOrder}
        type="text"
        inputMode="numeric"
        label={t("config.crafts.sortOrder")}
        hint={t("config.crafts.sortOrderHint")}
      />
    </>
  );
}

/** One craft: its names and place in lists, saved together; removable only with no listings. */
export function CraftCard({ craft, lastResult }: { craft: Craft; lastResult: Reply }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm(`craft-${craft.id}`, CraftSchema, lastResult, {
    nameUz: craft.nameUz,
    nameRu: craft.nameRu,
    nameEn: craft.nameEn,
    sortOrder: String(craft.sortOrder),
  });
  return (
    <li className="card p-4 flex flex-col gap-4">
      <h2 className="text-xl">{craft.name}</h2>
      <p>{t("config.crafts.listings", { count: craft.listings })}</p>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <FormErrors errors={form.errors} />
        <input type="hidden" name="id" value={craft.id} />
        <NameFields fields={fields} />
        <button type="submit" name="intent" value="save" className="btn btn-secondary self-start">
          {t("config.crafts.save", { name: craft.name })}
        </button>
      </Form>
      {craft.listings > 0 ? (
        <p>{t("config.crafts.cannotRemove")}</p>
      ) : (
        <Form method="post">
          <input type="hidden" name="id" value={craft.id} />
          <button type="submit" name="intent" value="remove" className="btn btn-quiet">
            {t("config.crafts.remove", { name: craft.name })}
          </button>
        </Form>
      )}
    </li>
  );
}

/** A new craft; its address is made from the Uzbek name. */
export function AddCraftForm({ lastResult, nextOrder }: { lastResult: Reply; nextOrder: number }) {
  const { t } = useTranslation();
  const [form, fields] = useValidatedForm("add-craft", CraftSchema, lastResult, { sortOrder: String(nextOrder) });
  return (
    <TitledForm form={form} title={t("config.crafts.addTitle")}>
      <NameFields fields={fields} />
      <button type="submit" name="intent" value="add" className="btn btn-primary self-start">
        {t("config.crafts.add")}
      </button>
    </TitledForm>
  );
}
