import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { ResultPages } from "~/modules/people/result-pages";
import { PeopleTable } from "~/modules/people/people-table";
import { SearchSchema } from "~/modules/people/schemas";
import { PeopleSearchForm } from "~/modules/people/search-form";
import { searchPeople } from "~/modules/people/search.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { ConsoleNav } from "~/modules/console/console-nav";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "people.list.title");

// Everyone, newest first, by role and page from the URL. A search by name, email or phone is posted
// (action): the words are personal data, never in a URL or the access log.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "user:manage");
  const url = new URL(request.url);
  const filter = SearchSchema.omit({ q: true }).safeParse({
    role: url.searchParams.get("role") || undefined,
    page: url.searchParams.get("page") ?? undefined,
  });
  const { role, page } = filter.success ? filter.data : { role: undefined, page: 1 };
  const result = await searchPeople(getDb(), { role, page }, requestLocale(request));
  return { result, q: "", role: role ?? null, invalid: false };
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "user:manage");
  const submission = parseWithZod(await request.formData(), { schema: SearchSchema });
  if (submission.status !== "success") return data({ result: null, q: "", role: null, invalid: true }, { status: 400 });
  const { q, role, page } = submission.value;
  const result = await searchPeople(getDb(), { q, role, page }, requestLocale(request));
  return { result, q: q ?? "", role: role ?? null, invalid: false };
}

export default function PeoplePage() {
  const { t } = useTranslation();
  const loaded = useLoaderData<typeof loader>();
  const searched = useActionData<typeof action>();
  const { result, q, role, invalid } = searched ?? loaded;
  return (
    <div className="max-w-4xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("people.list.title")}</h1>
      <ConsoleNav current="/admin/people" />
      <p>{t("people.list.intro")}</p>
      <p>
        <Link to="/admin/people/new" className="btn btn-primary">
          {t("people.list.new")}
        </Link>
      </p>
      <PeopleSearchForm q={q} role={role} />
      <PageNotice text={invalid ? t("people.errors.searchInvalid") : null} problem />
      {result ? (
        <section aria-labelledby="people-results" className="flex flex-col gap-4">
          <h2 id="people-results" className="text-2xl">
            {q ? t("people.list.found", { count: result.total }) : t("people.list.all", { count: result.total })}
          </h2>
          {result.people.length > 0 ? <PeopleTable people={result.people} /> : <p>{t("people.list.none")}</p>}
          <ResultPages page={result.page} pages={result.pages} q={q} role={role} />
        </section>
      ) : null}
    </div>
  );
}
