import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import { Field, FormErrors } from "~/components/field";
import { Price } from "~/components/price";
import { useValidatedForm } from "~/components/use-validated-form";
import { PAYOUT_METHODS } from "~/modules/payouts/payout-methods";
import { PayoutSchema } from "~/modules/payouts/payout-schema";
import { artisansOwed, recordPayout } from "~/modules/payouts/record-payout.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { uzbekText } from "~/utils/i18n/localized";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "payouts.formTitle");

// Only artisans in the staff member's districts who are owed money; anyone else: not found.
async function owedArtisan(staffUserId: string, artisanId: string) {
  const artisan = (await artisansOwed(getDb(), staffUserId)).find((a) => a.id === artisanId);
  if (!artisan) notFound();
  return artisan;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "payout:record");
  const artisan = await owedArtisan(user.id, params.artisanId ?? "");
  return { name: uzbekText(artisan.displayName, requestLocale(request)), balance: artisan.balance };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "payout:record");
  const artisan = await owedArtisan(user.id, params.artisanId ?? "");
  const submission = parseWithZod(await request.formData(), { schema: PayoutSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const { amount, method, reference } = submission.value;
  const result = await recordPayout(getDb(), {
    staffUserId: user.id,
    artisanId: artisan.id,
    amountMinor: BigInt(amount) * 100n,
    method,
    reference,
  });
  if (!result.ok) return data(submission.reply({ formErrors: [`payouts.errors.${result.reason}`] }), { status: 400 });
  return redirect("/payouts?recorded=1");
}

export default function RecordPayoutPage() {
  const { t } = useTranslation();
  const { name, balance } = useLoaderData<typeof loader>();
  const [form, fields] = useValidatedForm("payout", PayoutSchema, useActionData<typeof action>());
  return (
    <div className="flex flex-col gap-6 max-w-xl">
      <h1 className="text-3xl">{t("payouts.formHeading", { name })}</h1>
      <p>
        {t("payouts.owed")} <Price minor={balance.minor} />
      </p>
      <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
        <FormErrors errors={form.errors} />
        <Field
          meta={fields.amount}
          label={t("payouts.amount")}
          hint={t("payouts.amountHint")}
          type="text"
          inputMode="numeric"
        />
        <RadioChoices
          meta={fields.method}
          legend={t("payouts.methodLegend")}
          choices={PAYOUT_METHODS.map((m) => ({ value: m, label: t(`payouts.method.${m}`) }))}
        />
        <Field meta={fields.reference} label={t("payouts.reference")} hint={t("payouts.referenceHint")} type="text" />
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="btn btn-primary">
            {t("payouts.submit")}
          </button>
          <Link to="/payouts" className="btn btn-quiet">
            {t("payouts.back")}
          </Link>
        </div>
      </Form>
    </div>
  );
}
