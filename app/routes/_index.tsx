import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CategoryList } from "~/modules/catalog/category-list";
import { ListingGrid } from "~/modules/catalog/listing-card";
import { featuredListings, listCategories } from "~/modules/catalog/queries.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "common.tagline");

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = requestLocale(request);
  const db = getDb();
  const [categories, featured] = await Promise.all([listCategories(db, locale), featuredListings(db, locale)]);
  return { categories, featured };
}

export default function HomePage() {
  const { t } = useTranslation();
  const { categories, featured } = useLoaderData<typeof loader>();
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="home-title" className="flex flex-col gap-2">
        <h1 id="home-title" className="text-3xl text-[var(--color-accent)]">
          {t("common.tagline")}
        </h1>
        <p className="text-lg max-w-3xl">{t("home.intro")}</p>
      </section>
      <CategoryList categories={categories} headingLevel={2} />
      <section aria-labelledby="featured-title" className="flex flex-col gap-3">
        <h2 id="featured-title" className="text-2xl">
          {t("common.featured")}
        </h2>
        <ListingGrid cards={featured} />
      </section>
    </div>
  );
}
