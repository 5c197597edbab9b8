import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "~/components/choice-fields";

type Option = { id: string; name: string };
/** A district the worker serves, with its mahallas (workerDistricts), in the page's language. */
export type DistrictChoice = Option & { mahallas: Option[] };
type Meta = FieldMetadata<string | undefined>;

/**
 * The mahallas of every district the worker serves as one list, so the form needs no script to
 * offer the right ones; with more than one district each is named "District: Mahalla".
 */
export function mahallaOptions(districts: readonly DistrictChoice[]): Option[] {
  const many = districts.length > 1;
  return districts.flatMap((d) => d.mahallas.map((m) => ({ id: m.id, name: many ? `${d.name}: ${m.name}` : m.name })));
}

/** Where a person lives, as the outreach list and the home visit ask it: district, then mahalla. */
export function PlaceFields({
  districts,
  district,
  mahalla,
}: {
  districts: DistrictChoice[];
  district: Meta;
  mahalla: Meta;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        meta={district}
        label={t("caseload.new.district")}
        placeholder={t("caseload.new.chooseDistrict")}
        options={districts}
      />
      <SelectField
        meta={mahalla}
        label={t("caseload.new.mahalla")}
        placeholder={t("caseload.new.chooseMahalla")}
        options={mahallaOptions(districts)}
      />
    </>
  );
}
