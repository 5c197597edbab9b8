import type { FieldMetadata } from "@conform-to/react";
import { useFetcher } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "~/components/choice-fields";
import { BranchFields } from "./branch-fields";
import { CourierFields } from "./courier-fields";
import type { ChosenPlaces, PlaceOption } from "./places.server";

type Meta = FieldMetadata<string | undefined>;
type Props = {
  fields: { regionId: Meta; districtId: Meta; mahallaId: Meta; street: Meta; branchId: Meta };
  regions: PlaceOption[];
  places: ChosenPlaces;
};

/**
 * Where the order goes. The region comes first, as both ways need it; then a courier's district,
 * mahalla and street, or a branch of that region to pick it up from. Without JavaScript the button
 * beside the region ("Show districts" or "Show branches", whichever way is chosen) posts the form
 * back (intent=places) and the page returns with everything typed and that region's lists; with
 * JavaScript a change of region or district fetches them.
 */
export function DeliveryPlaces({ fields, regions, places }: Props) {
  const { t } = useTranslation();
  const fetcher = useFetcher<ChosenPlaces>();
  const shown = fetcher.data ?? places;
  const load = (regionId: string, districtId = "") =>
    fetcher.load(`/checkout/places?${new URLSearchParams({ regionId, districtId })}`);
  const show = (label: string, hiddenWhen: string) => (
    <button type="submit" name="intent" value="places" formNoValidate className={`btn btn-secondary ${hiddenWhen}`}>
      {label}
    </button>
  );
  return (
    <>
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
        {show(t("checkout.showDistricts"), "group-has-[#checkout-deliveryMethod-branch-pickup:checked]:hidden")}
        {show(t("checkout.showBranches"), "group-has-[#checkout-deliveryMethod-courier:checked]:hidden")}
      </div>
      <CourierFields fields={fields} places={shown} onDistrict={(regionId, districtId) => load(regionId, districtId)} />
      <BranchFields meta={fields.branchId} branches={shown.branches} regionChosen={Boolean(fields.regionId.value)} />
    </>
  );
}
