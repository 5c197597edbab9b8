import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { useDatedValuesAnswer } from "~/components/use-dated-values-answer";
import { AddRuleForm, CommissionPreview, percentText } from "~/modules/config/commission-forms";
import {
  addCommissionRule,
  commissionHistory,
  commissionPreview,
  removeCommissionRule,
  tomorrowKey,
} from "~/modules/config/commission-rules.server";
import { CommissionRuleSchema, sampleAmount } from "~/modules/config/commission-schemas";
import { ConsoleNav } from "~/modules/console/console-nav";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { datedValuesAction } from "~/utils/dated-values.server";
import { isLocale } from "~/utils/i18n/locales";
import { uzbekText } from "~/utils/i18n/localized";
import { som } from "~/utils/money";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "config.commission.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "config:manage");
  const db = getDb();
  const now = new Date();
  const amount = (new URL(request.url).searchParams.get("amount") ?? "").slice(0, 30);
  const sample = amount ? sampleAmount.safeParse(amount) : null;
  const preview = sample?.success ? await commissionPreview(db, sample.data, now) : null;
  const amountMinor = sample?.success ? som(sample.data).minor : null;
  return { history: await commissionHistory(db, now), amount, amountMinor, preview, tomorrow: tomorrowKey(now) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "config:manage");
  const now = new Date();
  return datedValuesAction(await request.formData(), {
    path: "/admin/commission",
    schema: CommissionRuleSchema,
    add: (rule) => addCommissionRule(getDb(), admin, rule, now),
    remove: (id) => removeCommissionRule(getDb(), admin, id, now),
    dayField: "startsOn",
    reasons: "config.errors",
  });
}

export default function CommissionPage() {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : "uz";
  const { history, amount, amountMinor, preview, tomorrow } = useLoaderData<typeof loader>();
  const { done, refused, addReply } = useDatedValuesAnswer();
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("config.commission.title")}</h1>
      <ConsoleNav current="/admin/commission" />
      <PageNotice text={done ? t(`config.commission.done.${done}`) : null} />
      <PageNotice text={refused ? t(`config.commission.refused.${refused}`) : null} problem />
      <p>{t("config.commission.intro")}</p>
      {history.map(({ category, rules }) => (
        <section key={category} className="flex flex-col gap-3" aria-labelledby={`rules-${category}`}>
          <h2 id={`rules-${category}`} className="text-xl">
            {t(`config.commission.categories.${category}`)}
          </h2>
          {rules.length === 0 ? <p>{t("config.commission.none")}</p> : null}
          <ul className="flex flex-col gap-3">
            {rules.map((rule) => (
              <li
                key={rule.id}
                className={`card p-4 flex flex-col gap-2 ${rule.state === "inForce" ? "border-2 border-[var(--color-brand)]" : ""}`}
              >
                <p className="text-xl font-bold">{percentText(rule.basisPoints, locale)}</p>
                <p>{t("config.commission.from", { date: formatDate(rule.startsOn, locale) })}</p>
                <p className="font-semibold">{t(`config.commission.state.${rule.state}`)}</p>
                {/* Written by an administrator, in Uzbek as a rule: in the reader's script. */}
                {rule.note ? <p>{uzbekText(rule.note, locale)}</p> : null}
                {rule.state === "future" ? (
                  <Form method="post">
                    <input type="hidden" name="id" value={rule.id} />
                    <button type="submit" name="intent" value="remove" className="btn btn-quiet">
                      {t("config.commission.remove", { date: formatDate(rule.startsOn, locale) })}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <AddRuleForm lastResult={addReply} tomorrow={tomorrow} />
      <CommissionPreview amount={amount} amountMinor={amountMinor} rows={preview} />
    </div>
  );
}
