import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { RadioChoices } from "~/components/choice-fields";
import type { BranchOption } from "./places.server";

/** The branches to pick up from, each with its address and opening hours. */
export function BranchFields({ meta, branches }: { meta: FieldMetadata<string | undefined>; branches: BranchOption[] }) {
  const { t } = useTranslation();
  return (
    <div className="group-has-[#deliveryMethod-courier:checked]:hidden">
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
    </div>
  );
}
