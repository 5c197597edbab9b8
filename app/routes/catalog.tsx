import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CatalogFilters } from "~/modules/catalog/catalog-filters";
import { catalogSearchParams, parseCatalogQuery } from "~/modules/catalog/catalog-query";
import { listRegions, noResultHelp } from "~/modules/catalog/facets.server";
import { ListingGrid } from "~/modules/catalog/listing-card";
import { NoResults } from "~/modules/catalog/no-results";
import { listCategories } from "~/modules/catalog/queries.server";
import { rememberedPage } from "~/modules/catalog/search-cache.server";
import { searchCatalog } from "~/modules/catalog/search.server";
import { requestLocale } from "~/modules/shell/locale.server";
import { getDb } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data?.query.q ? pageTitle(matches, "catalog.titleFor", { q: data.query.q }) : pageTitle(matches, "catalog.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = requestLocale(request);
  const db = getDb();
  const query = parseCatalogQuery(new URL(request.url).searchParams);
  const [result, categories, regions] = await Promise.all([
    searchCatalog(db, query, locale, rememberedPage),
    listCategories(db, locale),
    listRegions(db, locale),
  ]);
  const help = result.cards.length === 0 && !query.after ? await noResultHelp(db, query.q, categories) : null;
  const nextHref = result.next ? `/catalog?${catalogSearchParams({ ...query, after: result.next })}` : null;
  return { query, cards: result.cards, nextHref, categories, regions, help };
}

export default function CatalogPage() {
  const { t } = useTranslation();
  const { query, cards, nextHref, categories, regions, help } = useLoaderData<typeof loader>();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl">{query.q ? t("catalog.titleFor", { q: query.q }) : t("catalog.title")}</h1>
      <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
        <CatalogFilters query={query} categories={categories} regions={regions} />
        <section aria-labelledby="results-title" className="flex flex-col gap-4 min-w-0">
          <h2 id="results-title" className="visually-hidden">
            {t("catalog.results")}
          </h2>
          {help ? (
            <NoResults q={query.q} suggestions={help.suggestions} popular={help.popular} />
          ) : (
            <ListingGrid cards={cards} />
          )}
          {nextHref ? (
            <nav aria-label={t("catalog.pages")}>
              <Link to={nextHref} className="btn btn-secondary" rel="next">
                {t("catalog.nextPage")}
              </Link>
            </nav>
          ) : null}
        </section>
      </div>
    </div>
  );
}
