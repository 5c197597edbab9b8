import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageNotice } from "~/components/page-notice";
import { branchList, setBranchActive } from "~/modules/config/branches.server";
import { ConsoleNav } from "~/modules/console/console-nav";
import { requestLocale } from "~/modules/shell/locale.server";
import { requirePermission } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { badRequest } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "config.branches.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "config:manage");
  return { regions: await branchList(getDb(), requestLocale(request)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "config:manage");
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent !== "activate" && intent !== "deactivate") badRequest();
  const result = await setBranchActive(getDb(), admin, String(form.get("id") ?? ""), intent === "activate");
  if (result.ok) return redirect(`/admin/branches?done=${intent}d`);
  return data({ refused: result.reason }, { status: 404 });
}

const DONE = ["created", "saved", "activated", "deactivated"] as const;

export default function BranchesPage() {
  const { t } = useTranslation();
  const { regions } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = DONE.find((value) => value === params.get("done"));
  return (
    <div className="max-w-3xl flex flex-col gap-6">
      <h1 className="text-3xl">{t("config.branches.title")}</h1>
      <ConsoleNav current="/admin/branches" />
      <PageNotice text={done && !answer ? t(`config.branches.done.${done}`) : null} />
      <PageNotice text={answer ? t("config.branches.refused.notFound") : null} problem />
      <p>{t("config.branches.intro")}</p>
      <p>
        <Link to="/admin/branches/new" className="btn btn-primary">
          {t("config.branches.new")}
        </Link>
      </p>
      {regions.length === 0 ? <p>{t("config.branches.empty")}</p> : null}
      {regions.map((region) => (
        <section key={region.id} className="flex flex-col gap-3" aria-labelledby={`region-${region.id}`}>
          <h2 id={`region-${region.id}`} className="text-xl">
            {region.name}
          </h2>
          <ul className="flex flex-col gap-3">
            {region.branches.map((branch) => (
              <li key={branch.id} className="card p-4 flex flex-col gap-2">
                <h3 className="text-lg font-semibold">{branch.name}</h3>
                <p>{branch.district}</p>
                <p>{branch.address}</p>
                <p>{t("config.branches.hoursValue", { hours: branch.hours })}</p>
                <p>{branch.phone}</p>
                <p className="font-semibold">
                  {branch.active ? t("config.branches.isActive") : t("config.branches.isInactive")}
                </p>
                <div className="flex flex-wrap gap-2">
                  <Link to={`/admin/branches/${branch.id}`} className="btn btn-secondary">
                    {t("config.branches.edit", { name: branch.name })}
                  </Link>
                  <Form method="post">
                    <input type="hidden" name="id" value={branch.id} />
                    <button
                      type="submit"
                      name="intent"
                      value={branch.active ? "deactivate" : "activate"}
                      className="btn btn-quiet"
                    >
                      {t(branch.active ? "config.branches.deactivate" : "config.branches.activate", {
                        name: branch.name,
                      })}
                    </button>
                  </Form>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
