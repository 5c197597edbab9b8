import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CategoryList } from "~/modules/catalog/category-list";
import { ListingSection } from "~/modules/catalog/listing-card";
import { featuredListings, listCategories } from "~/modules/catalog/queries.server";
import { recentlyViewed } from "~/modules/favourites/recently-viewed.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "common.tagline");

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = requestLocale(request);
  const db = getDb();
  const [categories, featured, recent] = await Promise.all([
    listCategories(db, locale),
    featuredListings(db, locale),
    recentlyViewed(db, request, locale),
  ]);
  return { categories, featured, recent };
}

export default function HomePage() {
  const { t } = useTranslation();
  const { categories, featured, recent } = useLoaderData<typeof loader>();
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="home-title" className="flex flex-col gap-2">
        <h1 id="home-title" className="text-3xl text-[var(--color-accent)]">
          {t("common.tagline")}
        </h1>
        <p className="text-lg max-w-3xl">{t("home.intro")}</p>
      </section>
      {recent.length > 0 ? <ListingSection id="recent-title" title={t("favourites.recent")} cards={recent} /> : null}
      <CategoryList categories={categories} headingLevel={2} />
      <ListingSection id="featured-title" title={t("common.featured")} cards={featured} />
    </div>
  );
}
