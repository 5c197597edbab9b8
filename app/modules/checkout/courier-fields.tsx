import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/field";
import { SelectField } from "~/components/choice-fields";
import type { ChosenPlaces } from "./places.server";

type Meta = FieldMetadata<string | undefined>;
type Props = {
  fields: { districtId: Meta; mahallaId: Meta; street: Meta };
  places: ChosenPlaces;
  /** With JavaScript, a chosen district fetches its mahallas. */
  onDistrict: (regionId: string, districtId: string) => void;
};

/** District → mahalla of the region chosen above (DeliveryPlaces), then street and house. */
export function CourierFields({ fields, places, onDistrict }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="flex flex-col gap-4 group-has-[#checkout-deliveryMethod-branch-pickup:checked]:hidden">
      <legend className="text-xl font-semibold mb-2">{t("checkout.courierTitle")}</legend>
      <SelectField
        meta={fields.districtId}
        label={t("checkout.district")}
        options={places.districts}
        placeholder={places.districts.length ? t("checkout.choose") : t("checkout.chooseRegionFirst")}
        onChange={(event) => {
          const region = event.currentTarget.form?.elements.namedItem("regionId") as HTMLSelectElement | null;
          if (region?.value) onDistrict(region.value, event.currentTarget.value);
        }}
      />
      <SelectField
        meta={fields.mahallaId}
        label={t("checkout.mahalla")}
        options={places.mahallas}
        placeholder={t("checkout.mahallaOptional")}
      />
      <Field
        meta={fields.street}
        label={t("checkout.street")}
        hint={t("checkout.streetHint")}
        type="text"
        autoComplete="street-address"
      />
    </fieldset>
  );
}
