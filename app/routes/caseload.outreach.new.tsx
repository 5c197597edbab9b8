import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { addOutreachContact } from "~/modules/outreach/contacts.server";
import { ContactForm } from "~/modules/outreach/contact-form";
import { workerDistricts } from "~/modules/outreach/districts.server";
import { ContactSchema } from "~/modules/outreach/schemas";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "caseload.new.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const worker = await requirePermission(request, "artisan:onboard");
  return { districts: await workerDistricts(getDb(), worker.id, requestLocale(request)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const worker = await requirePermission(request, "artisan:onboard");
  const submission = parseWithZod(await request.formData(), { schema: ContactSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const locale = requestLocale(request);
  const districts = await workerDistricts(getDb(), worker.id, locale);
  const result = await addOutreachContact(getDb(), worker, districts, submission.value, locale);
  if (!result.ok) return data(submission.reply({ formErrors: [`caseload.refused.${result.reason}`] }), { status: 403 });
  return redirect(`/caseload/outreach/${result.id}?saved=1`);
}

export default function NewOutreachContactPage() {
  const { t } = useTranslation();
  const { districts } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="new-contact-title" className="max-w-2xl flex flex-col gap-4">
      <h1 id="new-contact-title" className="text-3xl">
        {t("caseload.new.title")}
      </h1>
      <p>{t("caseload.new.intro")}</p>
      <ContactForm districts={districts} lastResult={useActionData<typeof action>()} />
      <p>
        <Link to="/caseload">{t("caseload.new.back")}</Link>
      </p>
    </section>
  );
}
