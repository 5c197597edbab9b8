import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CategoryList } from "~/modules/catalog/category-list";
import { listCategories } from "~/modules/catalog/queries.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "search.title");

// Full-text search arrives with the catalog; until then the page says so and offers the categories.
export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get("q")?.slice(0, 200) ?? "";
  return { q, categories: await listCategories(getDb(), requestLocale(request)) };
}

export default function SearchPage() {
  const { t } = useTranslation();
  const { q, categories } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="search-title" className="flex flex-col gap-4">
      <h1 id="search-title" className="text-3xl">
        {t("search.title")}
      </h1>
      {q ? <p>{t("search.youSearched", { q })}</p> : null}
      <p>{t("common.comingSoonSearch")}</p>
      <CategoryList categories={categories} headingLevel={2} />
      <p>
        <Link to="/">{t("common.goHome")}</Link>
      </p>
    </section>
  );
}
