import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import type { BranchOption } from "./places.server";

type Props = { meta: FieldMetadata<string | undefined>; branches: BranchOption[]; regionChosen: boolean };

/** The branches of the chosen region to pick up from, each with its address and opening hours. */
export function BranchFields({ meta, branches, regionChosen }: Props) {
  const { t } = useTranslation();
  const note =
    branches.length > 0 ? null : regionChosen ? t("checkout.noBranchInRegion") : t("checkout.branchRegionFirst");
  return (
    <div className="flex flex-col gap-2 group-has-[#checkout-deliveryMethod-courier:checked]:hidden">
      <RadioChoices
        meta={meta}
        legend={t("checkout.branchTitle")}
        choices={branches.map((branch) => ({
          value: branch.id,
          label: (
            <>
              <span className="font-semibold">{branch.name}</span>
              <br />
              {branch.address} · {t("checkout.hours", { hours: branch.hours })}
            </>
          ),
        }))}
      />
      {note ? <p className="field-hint">{note}</p> : null}
    </div>
  );
}
