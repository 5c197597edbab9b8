import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PERIOD_KINDS, type Period } from "./period";

type Place = { id: string; name: string };
type Props = {
  period: Period;
  regions: Place[];
  districts: (Place & { regionId: string })[];
  regionId: string | null;
  districtId: string | null;
  /** A reader limited to their districts chooses among them only, never "whole country". */
  country: boolean;
};

/** Period and place: a plain GET form, so the choice lives in the address and works without JavaScript. */
export function ReportFilters({ period, regions, districts, regionId, districtId, country }: Props) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="card p-4 flex flex-col gap-4 no-print" aria-labelledby="report-filters">
      <h2 id="report-filters" className="text-xl">
        {t("reports.filters.legend")}
      </h2>
      <div className="flex flex-wrap items-end gap-4">
        <div className="field">
          <label htmlFor="report-period">{t("reports.filters.period")}</label>
          <select id="report-period" name="period" defaultValue={period.kind} className="input">
            {PERIOD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`reports.filters.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <MonthField id="report-month" name="month" label={t("reports.filters.month")} value={period.fromMonth} />
        <MonthField
          id="report-until"
          name="until"
          label={t("reports.filters.until")}
          value={period.kind === "custom" ? period.untilMonth : ""}
        />
      </div>
      <div className="flex flex-wrap items-end gap-4">
        {(country ? (["region", "district"] as const) : (["district"] as const)).map((level) => (
          <PlaceSelect
            key={level}
            level={level}
            places={level === "region" ? regions : districts}
            value={level === "region" ? regionId : districtId}
          />
        ))}
        <button type="submit" className="btn btn-primary">
          {t("reports.filters.show")}
        </button>
      </div>
    </Form>
  );
}

function MonthField({ id, name, label, value }: { id: string; name: string; label: string; value: string }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="month"
        defaultValue={value}
        placeholder="2026-11"
        className="input"
        aria-describedby={`${id}-hint`}
      />
      <span id={`${id}-hint`} className="text-sm text-[var(--color-muted)]">
        {t("reports.filters.monthHint")}
      </span>
    </div>
  );
}

type SelectProps = { level: "region" | "district"; places: Place[]; value: string | null };

/** A region or district to choose, or all of them (those the reader may see). */
function PlaceSelect({ level, places, value }: SelectProps) {
  const { t } = useTranslation();
  const id = `report-${level}`;
  return (
    <div className="field">
      <label htmlFor={id}>{t(`reports.filters.${level}`)}</label>
      <select id={id} name={level} defaultValue={value ?? ""} className="input">
        <option value="">{t(`reports.filters.all.${level}`)}</option>
        {places.map((place) => (
          <option key={place.id} value={place.id}>
            {place.name}
          </option>
        ))}
      </select>
    </div>
  );
}
