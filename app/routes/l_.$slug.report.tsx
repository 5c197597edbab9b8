import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import { FormErrors, TextAreaField } from "~/components/field";
import { useValidatedForm } from "~/components/use-validated-form";
import { REPORT_REASONS, ReportSchema } from "~/modules/moderation/reasons";
import { isOwnWork } from "~/modules/listings/own-work.server";
import { OwnWorkNote } from "~/modules/listings/own-work-note";
import { reportableListing, reportListing } from "~/modules/moderation/reports.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { localized } from "~/utils/i18n/localized";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "moderation.report.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const listing = await reportableListing(getDb(), params.slug ?? "");
  if (!listing) notFound();
  const sent = new URL(request.url).searchParams.has("sent");
  const own = await isOwnWork(getDb(), user, listing.artisan);
  return { slug: listing.slug, title: localized(listing, "title", requestLocale(request)), sent, own };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const submission = parseWithZod(await request.formData(), { schema: ReportSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await reportListing(getDb(), { slug, reporter: user, ...submission.value });
  if (result.ok) return redirect(`/l/${slug}/report?sent`);
  if (result.reason === "notFound") notFound();
  if (result.reason === "ownWork")
    return data(submission.reply({ formErrors: ["listing.own.reportRefused"] }), { status: 403 });
  return data(submission.reply({ formErrors: ["moderation.report.alreadyReported"] }), { status: 409 });
}

export default function ReportListingPage() {
  const { t } = useTranslation();
  const { slug, title, sent, own } = useLoaderData<typeof loader>();
  const [form, fields] = useValidatedForm("report", ReportSchema, useActionData<typeof action>());
  return (
    <section aria-labelledby="report-title" className="max-w-2xl flex flex-col gap-4">
      <h1 id="report-title" className="text-3xl">
        {t("moderation.report.title")}
      </h1>
      {own ? (
        <OwnWorkNote />
      ) : sent ? (
        <p role="status" className="card p-4">
          {t("moderation.report.sent")}
        </p>
      ) : (
        <>
          <p>{t("moderation.report.intro", { title })}</p>
          <Form method="post" {...getFormProps(form)} className="flex flex-col gap-4">
            <FormErrors errors={form.errors} />
            <RadioChoices
              meta={fields.reason}
              legend={t("moderation.report.reasonLegend")}
              choices={REPORT_REASONS.map((value) => ({ value, label: t(`moderation.reportReasons.${value}`) }))}
            />
            <TextAreaField meta={fields.details} label={t("moderation.report.detailsLabel")} rows={4} />
            <button type="submit" className="btn btn-primary self-start">
              {t("moderation.report.submit")}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to={`/l/${slug}`}>{t("moderation.report.back")}</Link>
      </p>
    </section>
  );
}
