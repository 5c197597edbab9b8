import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CONSOLE_SECTIONS } from "~/modules/console/sections";
import { requirePermission } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { can } from "~/utils/permissions";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "console.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "config:manage");
  return {
    sections: CONSOLE_SECTIONS.map((section) => ({
      key: section.key,
      pages: section.pages.filter((page) => can(user.roles, page.permission)),
    })).filter((section) => section.pages.length > 0),
  };
}

export default function ConsolePage() {
  const { t } = useTranslation();
  const { sections } = useLoaderData<typeof loader>();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">{t("console.title")}</h1>
      <p>{t("console.intro")}</p>
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`console-${section.key}`} className="flex flex-col gap-3">
          <h2 id={`console-${section.key}`} className="text-2xl">
            {t(`console.sections.${section.key}`)}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {section.pages.map((page) => (
              <li key={page.to} className="card flex flex-col gap-1 p-4">
                <Link to={page.to} className="text-lg font-semibold underline">
                  {t(`console.pages.${page.key}.link`)}
                </Link>
                <p>{t(`console.pages.${page.key}.about`)}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
