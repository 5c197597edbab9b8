import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CategorySummary } from "./queries.server";

export function CategoryList({ categories, headingLevel }: { categories: CategorySummary[]; headingLevel: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="categories-title" className="flex flex-col gap-3">
      <Heading id="categories-title" className="text-2xl">
        {t("common.categories")}
      </Heading>
      <ul className="grid gap-2 grid-cols-1 sm:grid-cols-2 lg:grid-cols-4">
        {categories.map((c) => (
          <li key={c.slug}>
            <Link to={`/catalog?category=${c.slug}`} className="btn btn-quiet w-full justify-between">
              <span>{c.name}</span>
              <span className="text-[var(--color-muted)]">{t("catalog.itemCount", { count: c.count })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
