import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { useDatedValuesAnswer } from "~/components/use-dated-values-answer";
import { Price } from "~/components/price";
import { dayField, dayOf } from "~/modules/outreach/schemas";
import { AddBcaForm, BcaLookup } from "~/modules/subsidies/bca-forms";
import { addBca, bcaHistory, removeBca } from "~/modules/subsidies/bca-values.server";
import { bcaInForce } from "~/modules/subsidies/bca.server";
import { ConsoleNav } from "~/modules/console/console-nav";
import { BcaSchema } from "~/modules/subsidies/programme-schemas";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate, tashkentNow } from "~/utils/format";
import { datedValuesAction } from "~/utils/dated-values.server";
import { isLocale } from "~/utils/i18n/locales";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.bca.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "config:manage");
  const db = getDb();
  const on = dayField.safeParse(new URL(request.url).searchParams.get("on") ?? undefined);
  const lookup = on.success ? { day: on.data, minor: (await bcaInForce(db, dayOf(on.data)))?.minor ?? null } : null;
  return { values: await bcaHistory(db, tashkentNow().today), lookup };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "config:manage");
  const today = tashkentNow().today;
  return datedValuesAction(await request.formData(), {
    path: "/admin/bca",
    schema: BcaSchema,
    add: (value) => addBca(getDb(), admin, value, today),
    remove: (id) => removeBca(getDb(), admin, id, today),
    dayField: "effectiveFrom",
    reasons: "admin.errors",
  });
}

export default function BcaPage() {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  const { values, lookup } = useLoaderData<typeof loader>();
  const { done, refused, addReply } = useDatedValuesAnswer();
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("admin.bca.title")}</h1>
      <ConsoleNav current="/admin/bca" />
      <PageNotice text={done ? t(`admin.bca.done.${done}`) : null} />
      <PageNotice text={refused ? t(`admin.bca.refused.${refused}`) : null} problem />
      <p>{t("admin.bca.intro")}</p>
      {values.length === 0 ? (
        <p>{t("admin.bca.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t("admin.bca.listLabel")}>
          {values.map((value) => (
            <li
              key={value.id}
              className={`card p-4 flex flex-col gap-2 ${value.inForce ? "border-2 border-[var(--color-brand)]" : ""}`}
            >
              <p className="text-xl">
                <Price minor={value.amount.minor} />
              </p>
              <p>{t("admin.bca.from", { date: formatDate(value.effectiveFrom, locale) })}</p>
              {value.inForce ? <p className="font-semibold">{t("admin.bca.inForce")}</p> : null}
              {value.removable ? (
                <>
                  <p>{t("admin.bca.notStarted")}</p>
                  <Form method="post">
                    <input type="hidden" name="id" value={value.id} />
                    <button type="submit" name="intent" value="remove" className="btn btn-quiet">
                      {t("admin.bca.remove", { date: formatDate(value.effectiveFrom, locale) })}
                    </button>
                  </Form>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <AddBcaForm lastResult={addReply} />
      <BcaLookup lookup={lookup} />
    </div>
  );
}
