import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type Props = { districts: { id: string; name: string }[]; districtId: string; day: string };

/** District and day of the dispatch page: a plain GET form, so the choice lives in the address. */
export function DayChooser({ districts, districtId, day }: Props) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="card p-4 flex flex-wrap items-end gap-4">
      <div className="field">
        <label htmlFor="dispatch-district">{t("logistics.dispatch.district")}</label>
        <select id="dispatch-district" name="district" defaultValue={districtId} className="input">
          {districts.map((district) => (
            <option key={district.id} value={district.id}>
              {district.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="dispatch-day">{t("logistics.dispatch.day")}</label>
        <input id="dispatch-day" type="date" name="day" defaultValue={day} required className="input" />
      </div>
      <button type="submit" className="btn btn-secondary">
        {t("logistics.dispatch.show")}
      </button>
    </Form>
  );
}
