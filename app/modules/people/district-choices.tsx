import { useTranslation } from "react-i18next";
import type { RegionDistricts } from "./districts.server";

/**
 * The districts a staff member works in, as check boxes grouped by region. A region folds away
 * (a <details>, so it works without JavaScript) and is open when one of its districts is chosen.
 */
export function DistrictChoices({
  regions,
  chosen,
  name = "districtIds",
  error,
  errorId,
}: {
  regions: RegionDistricts[];
  chosen: readonly string[];
  name?: string;
  error?: string;
  errorId: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? errorId : undefined}>
      <legend className="font-semibold mb-1">{t("people.form.districts")}</legend>
      <p className="field-hint">{t("people.form.districtsHint")}</p>
      {regions.map((region) => {
        const count = region.districts.filter((district) => chosen.includes(district.id)).length;
        return (
          <details key={region.id} open={count > 0} className="card px-3">
            <summary className="min-h-11 flex items-center cursor-pointer">
              {count > 0 ? t("people.form.regionChosen", { region: region.name, count }) : region.name}
            </summary>
            <ul className="flex flex-col pb-2">
              {region.districts.map((district) => (
                <li key={district.id}>
                  <label className="flex items-start gap-3 min-h-11 py-2 cursor-pointer">
                    <input
                      type="checkbox"
                      name={name}
                      value={district.id}
                      defaultChecked={chosen.includes(district.id)}
                      className="size-5 mt-0.5 shrink-0"
                    />
                    <span>{district.name}</span>
                  </label>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
      {error ? (
        <p id={errorId} className="field-error">
          {t(error)}
        </p>
      ) : null}
    </fieldset>
  );
}
