import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SORTS, type CatalogQuery } from "./catalog-query";
import type { RegionOption } from "./facets.server";
import type { CategorySummary } from "./queries.server";

type Props = { query: CatalogQuery; categories: CategorySummary[]; regions: RegionOption[] };

/**
 * The catalog's filters as one GET form: the URL holds the whole state, so it works without
 * JavaScript and every result page can be shared. `key` resets typed values on navigation.
 */
export function CatalogFilters({ query, categories, regions }: Props) {
  const { t } = useTranslation();
  const active = [
    query.category,
    query.region,
    query.minPrice,
    query.maxPrice,
    query.badge || undefined,
    query.certified || undefined,
    query.inStock || undefined,
  ].filter((v) => v !== undefined).length;
  // On a phone the results come first and the filters open under a button; on wide screens they stand beside the results.
  return (
    <details className="open-from-lg min-w-0">
      <summary className="btn btn-secondary w-full">
        {active > 0 ? t("catalog.filtersActive", { count: active }) : t("catalog.filters")}
      </summary>
      <CatalogFilterForm query={query} categories={categories} regions={regions} />
    </details>
  );
}

function CatalogFilterForm({ query, categories, regions }: Props) {
  const { t } = useTranslation();
  return (
    <Form
      method="get"
      action="/catalog"
      key={JSON.stringify(query)}
      aria-labelledby="filters-title"
      className="card p-4 flex flex-col gap-3 mt-2 lg:mt-0"
    >
      <h2 id="filters-title" className="text-xl">
        {t("catalog.filters")}
      </h2>
      <div className="field">
        <label htmlFor="catalog-q">{t("catalog.words")}</label>
        <input id="catalog-q" name="q" type="search" className="input" defaultValue={query.q ?? ""} maxLength={200} />
      </div>
      <Choice
        name="category"
        label={t("catalog.category")}
        any={t("catalog.anyCategory")}
        value={query.category}
        options={categories.map((c) => ({ value: c.slug, label: c.name }))}
      />
      <Choice
        name="region"
        label={t("catalog.region")}
        any={t("catalog.anyRegion")}
        value={query.region}
        options={regions.map((r) => ({ value: r.code, label: r.name }))}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{t("catalog.price")}</legend>
        <div className="grid grid-cols-2 gap-2">
          <div className="field">
            <label htmlFor="catalog-min">{t("catalog.minPrice")}</label>
            <input
              id="catalog-min"
              name="minPrice"
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              className="input"
              defaultValue={query.minPrice ?? ""}
            />
          </div>
          <div className="field">
            <label htmlFor="catalog-max">{t("catalog.maxPrice")}</label>
            <input
              id="catalog-max"
              name="maxPrice"
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              className="input"
              defaultValue={query.maxPrice ?? ""}
            />
          </div>
        </div>
      </fieldset>
      <label className="flex items-center gap-2 min-h-11">
        <input type="checkbox" name="badge" value="1" defaultChecked={query.badge} className="size-5" />
        {t("catalog.badgeOnly")}
      </label>
      <label className="flex items-center gap-2 min-h-11">
        <input type="checkbox" name="certified" value="1" defaultChecked={query.certified} className="size-5" />
        {t("certificates.catalog.certifiedOnly")}
      </label>
      <label className="flex items-center gap-2 min-h-11">
        <input type="checkbox" name="inStock" value="1" defaultChecked={query.inStock} className="size-5" />
        {t("catalog.inStockOnly")}
      </label>
      <div className="field">
        <label htmlFor="catalog-sort">{t("catalog.sort")}</label>
        <select id="catalog-sort" name="sort" className="input" defaultValue={query.sort}>
          {SORTS.filter((s) => s !== "relevance" || query.q).map((s) => (
            <option key={s} value={s}>
              {t(`catalog.sort_${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn-primary">
        {t("catalog.apply")}
      </button>
    </Form>
  );
}

type ChoiceProps = {
  name: string;
  label: string;
  any: string;
  value: string | undefined;
  options: { value: string; label: string }[];
};

/** A labelled select whose first option, "all …", sends an empty value (no filter). */
function Choice({ name, label, any, value, options }: ChoiceProps) {
  return (
    <div className="field">
      <label htmlFor={`catalog-${name}`}>{label}</label>
      <select id={`catalog-${name}`} name={name} className="input" defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
