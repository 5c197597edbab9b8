import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CategorySummary } from "./queries.server";

type Props = { q: string | undefined; suggestions: CategorySummary[]; popular: CategorySummary[] };

/** Nothing matched: say what was searched, offer the nearest crafts, the popular ones and a way out. */
export function NoResults({ q, suggestions, popular }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="no-results-title" className="flex flex-col gap-3">
      <h2 id="no-results-title" className="text-2xl">
        {q ? t("catalog.noResultsFor", { q }) : t("catalog.noResults")}
      </h2>
      <p>{t("catalog.noResultsHint")}</p>
      {suggestions.length > 0 ? (
        <CategoryLinks title={t("catalog.didYouMean")} id="did-you-mean" categories={suggestions} />
      ) : null}
      <CategoryLinks title={t("catalog.popularCategories")} id="popular-categories" categories={popular} />
      <p>
        <Link to="/catalog" className="btn btn-secondary">
          {t("catalog.clearFilters")}
        </Link>
      </p>
    </section>
  );
}

function CategoryLinks({ title, id, categories }: { title: string; id: string; categories: CategorySummary[] }) {
  return (
    <nav aria-labelledby={id}>
      <h3 id={id} className="text-xl">
        {title}
      </h3>
      <ul className="flex flex-wrap gap-2">
        {categories.map((c) => (
          <li key={c.slug}>
            <Link to={`/catalog?category=${c.slug}`} className="btn btn-quiet">
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
