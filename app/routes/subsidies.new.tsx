import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices, SelectField } from "~/components/choice-fields";
import { FormErrors } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { requestLocale } from "~/modules/shell/locale.server";
import { startClaim } from "~/modules/subsidies/prepare.server";
import { StartSchema } from "~/modules/subsidies/reasons";
import { claimChoices } from "~/modules/subsidies/start-choices.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "subsidies.new.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "subsidy:prepare");
  return claimChoices(getDb(), worker.id, requestLocale(request));
}

export async function action({ request }: ActionFunctionArgs) {
  const worker = await requirePermission(request, "subsidy:prepare");
  const submission = parseWithZod(await request.formData(), { schema: StartSchema });
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  const result = await startClaim(getDb(), worker, submission.value);
  if (result.ok) return redirect(`/subsidies/${encodeURIComponent(result.claimId)}`);
  // An artisan or programme not offered here (another district's, or ended) is named on the form.
  const field = result.reason === "notFound" ? "artisanId" : "programmeId";
  return data(
    { reply: submission.reply({ fieldErrors: { [field]: [`subsidies.errors.${result.reason}`] } }) },
    { status: 400 },
  );
}

export default function NewClaimPage() {
  const { t } = useTranslation();
  const { artisans, programmes } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [form, fields] = useValidatedForm("start", StartSchema, answer?.reply, {
    artisanId: params.get("artisan") ?? "",
    programmeId: programmes.length === 1 ? programmes[0]!.id : "",
  });
  return (
    <div className="max-w-2xl flex flex-col gap-6">
      <p>
        <Link to="/subsidies" className="inline-flex min-h-11 items-center">
          {t("subsidies.claim.back")}
        </Link>
      </p>
      <h1 className="text-3xl">{t("subsidies.new.title")}</h1>
      <p>{t("subsidies.new.intro")}</p>
      {programmes.length === 0 ? (
        <p>{t("subsidies.new.noProgramme")}</p>
      ) : (
        <Form method="post" {...getFormProps(form)} className="card p-4 flex flex-col gap-4">
          <FormErrors errors={form.errors} />
          <SelectField
            meta={fields.artisanId}
            label={t("subsidies.new.artisan")}
            placeholder={t("subsidies.new.chooseArtisan")}
            options={artisans}
          />
          <RadioChoices
            meta={fields.programmeId}
            legend={t("subsidies.new.programme")}
            choices={programmes.map((p) => ({ value: p.id, label: p.name }))}
          />
          <p>{t("subsidies.claim.amountLaterShort")}</p>
          <button type="submit" className="btn btn-primary self-start">
            {t("subsidies.new.submit")}
          </button>
        </Form>
      )}
    </div>
  );
}
