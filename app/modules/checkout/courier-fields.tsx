import type { FieldMetadata } from "@conform-to/react";
import { useFetcher } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/field";
import { SelectField } from "~/components/choice-fields";
import type { ChosenPlaces, PlaceOption } from "./places.server";

type Meta = FieldMetadata<string | undefined>;
type Props = {
  fields: { regionId: Meta; districtId: Meta; mahallaId: Meta; street: Meta };
  regions: PlaceOption[];
  places: ChosenPlaces;
};

/**
 * Region → district → mahalla, then street and house. Without JavaScript "Show districts" posts
 * the form back (intent=places) and the page returns with everything typed and the districts of
 * the chosen region; with JavaScript a change of region or district fetches the next list.
 */
export function CourierFields({ fields, regions, places }: Props) {
  const { t } = useTranslation();
  const fetcher = useFetcher<ChosenPlaces>();
  const shown = fetcher.data ?? places;
  const load = (regionId: string, districtId = "") =>
    fetcher.load(`/checkout/places?${new URLSearchParams({ regionId, districtId })}`);
  return (
    <fieldset className="flex flex-col gap-4 group-has-[#deliveryMethod-branch-pickup:checked]:hidden">
      <legend className="text-xl font-semibold mb-2">{t("checkout.courierTitle")}</legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex-1 min-w-[14rem]">
          <SelectField
            meta={fields.regionId}
            label={t("checkout.region")}
            options={regions}
            placeholder={t("checkout.choose")}
            onChange={(event) => load(event.currentTarget.value)}
          />
        </div>
        <button type="submit" name="intent" value="places" formNoValidate className="btn btn-secondary">
          {t("checkout.showDistricts")}
        </button>
      </div>
      <SelectField
        meta={fields.districtId}
        label={t("checkout.district")}
        options={shown.districts}
        placeholder={shown.districts.length ? t("checkout.choose") : t("checkout.chooseRegionFirst")}
        onChange={(event) => {
          const region = event.currentTarget.form?.elements.namedItem("regionId") as HTMLSelectElement | null;
          if (region?.value) load(region.value, event.currentTarget.value);
        }}
      />
      <SelectField
        meta={fields.mahallaId}
        label={t("checkout.mahalla")}
        options={shown.mahallas}
        placeholder={t("checkout.mahallaOptional")}
      />
      <Field meta={fields.street} label={t("checkout.street")} hint={t("checkout.streetHint")} type="text" autoComplete="street-address" />
    </fieldset>
  );
}
