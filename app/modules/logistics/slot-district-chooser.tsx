import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type Region = { id: string; name: string; districts: { id: string; name: string }[] };

/** Region → district, as one select grouped by region: a plain GET form, so the choice lives in the address. */
export function SlotDistrictChooser({ regions, districtId }: { regions: Region[]; districtId: string }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="card p-4 flex flex-wrap items-end gap-4 no-print">
      <div className="field">
        <label htmlFor="slots-district">{t("slots.district")}</label>
        <select id="slots-district" name="district" defaultValue={districtId} required className="input">
          <option value="">{t("slots.chooseDistrict")}</option>
          {regions.map((region) => (
            <optgroup key={region.id} label={region.name}>
              {region.districts.map((district) => (
                <option key={district.id} value={district.id}>
                  {district.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn-secondary">
        {t("slots.show")}
      </button>
    </Form>
  );
}
