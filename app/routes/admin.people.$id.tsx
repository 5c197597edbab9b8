import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { districtChoices } from "~/modules/people/districts.server";
import { personAction } from "~/modules/people/person-actions.server";
import { PersonFacts } from "~/modules/people/person-facts";
import { PersonForms } from "~/modules/people/person-forms";
import { personForAdmin } from "~/modules/people/person.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { ConsoleNav } from "~/modules/console/console-nav";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "people.person.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "user:manage");
  const db = getDb();
  const locale = requestLocale(request);
  const person = await personForAdmin(db, params.id ?? "", locale);
  if (!person) notFound();
  const regions = person.worksInDistricts ? await districtChoices(db, locale) : [];
  return { person, regions };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "user:manage");
  return personAction(getDb(), admin, params.id ?? "", await request.formData(), getEnv().APP_URL);
}

// What the last action did (?done=…), said once at the top.
const DONE = [
  "created-email",
  "created-sms",
  "welcome-email",
  "welcome-sms",
  "districts",
  "level",
  "resetTwoFactor",
  "deactivate",
  "reactivate",
] as const;

export default function PersonPage() {
  const { t } = useTranslation();
  const { person, regions } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = DONE.find((value) => value === params.get("done"));
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <p>
        <Link to="/admin/people" className="inline-flex min-h-11 items-center">
          {t("people.back")}
        </Link>
      </p>
      <h1 className="text-3xl">{person.name}</h1>
      <ConsoleNav current="/admin/people" />
      <PageNotice
        text={done ? t(`people.done.${done}`, { email: person.email ?? "", phone: person.phone ?? "" }) : null}
      />
      <PersonFacts person={person} />
      <PersonForms person={person} regions={regions} answer={answer} />
    </div>
  );
}
