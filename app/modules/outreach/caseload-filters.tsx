import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CaseloadQuery } from "./filters";
import { OUTREACH_STAGES } from "./stage";

/** Search and filters of the caseload: a POST form (the search stays out of the URL), works without JavaScript. */
export function CaseloadFilters({
  query,
  districts,
}: {
  query: CaseloadQuery;
  districts: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="card p-4 flex flex-wrap items-end gap-4">
      <div className="field">
        <label htmlFor="caseload-q">{t("caseload.filters.q")}</label>
        <input id="caseload-q" name="q" type="search" defaultValue={query.q} className="input" />
      </div>
      {districts.length > 1 ? (
        <div className="field">
          <label htmlFor="caseload-district">{t("caseload.filters.district")}</label>
          <select id="caseload-district" name="district" defaultValue={query.districtId} className="input">
            <option value="">{t("caseload.filters.allDistricts")}</option>
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="caseload-stage">{t("caseload.filters.stage")}</label>
        <select id="caseload-stage" name="stage" defaultValue={query.stage} className="input">
          <option value="">{t("caseload.filters.allStages")}</option>
          {OUTREACH_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(`caseload.stage.${stage}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn-secondary">
        {t("caseload.filters.show")}
      </button>
    </Form>
  );
}
